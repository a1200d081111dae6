package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Step timings on stderr ("crm analyze: read … in 0.41 s"), silent with --quiet; with --debug also
 * the CPU time of the process per step (all threads), which tells work from waiting on a busy machine.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean cpu;
    private final String name;
    private final long started = System.nanoTime();
    private long mark = started;
    private long cpuMark;

    Progress(PrintWriter err, boolean quiet, boolean cpu, String name) {
        this.err = err;
        this.quiet = quiet;
        this.cpu = cpu && !quiet;
        this.name = name;
        this.cpuMark = processCpuNanos();
    }

    /** Reports a finished step with the time since the previous one. */
    void step(String what) {
        long now = System.nanoTime();
        long cpuNow = processCpuNanos();
        say(String.format(Locale.ROOT, "%s in %.2f s%s", what, (now - mark) / 1e9,
                cpu ? String.format(Locale.ROOT, " (CPU %.2f s)", (cpuNow - cpuMark) / 1e9) : ""));
        mark = now;
        cpuMark = cpuNow;
    }

    /** Reports a line without a time. */
    void say(String what) {
        if (!quiet) {
            err.println(name + ": " + what);
            err.flush();
        }
    }

    /** Seconds since this progress was created. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private long processCpuNanos() {
        if (!cpu) {
            return 0;
        }
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
