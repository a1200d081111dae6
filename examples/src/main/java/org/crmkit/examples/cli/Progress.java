package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Step timings on stderr ("crm analyze: read … in 0.41 s"), silent with --quiet; with --debug also
 * the CPU time of the process per step (all threads), which tells work from waiting on a busy machine.
 *
 * <p>The lines' numbers are written by {@link #count} and {@link #decimals}, as {@code %,d} and {@code
 * %.Nf} write them in {@code Locale.ROOT}, but without {@code java.util.Formatter}: its first use loads
 * the locale data (about 20 ms at the start of a run, on the thread every step waits for).
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
        say(what + " in " + decimals((now - mark) / 1e9, 2) + " s" + (cpu ? " (CPU " + decimals((cpuNow - cpuMark) / 1e9, 2) + " s)" : ""));
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

    /** {@code value} with a comma between groups of three digits, as {@code %,d} writes it in {@code Locale.ROOT}. */
    static String count(long value) {
        return grouped(Long.toString(value));
    }

    /**
     * {@code value} rounded half-up to {@code decimals} decimals, always with that many, as {@code
     * %.Nf} writes it in {@code Locale.ROOT}: from the digits {@link Double#toString} gives, a minus
     * sign for any negative value (−0.0 too), NaN and infinities spelled out.
     */
    static String decimals(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String plain = new BigDecimal(Double.toString(Math.abs(value))).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(value, 0.0) < 0 ? "-" + plain : plain;
    }

    /** {@link #decimals} with the whole part's digits grouped as {@link #count} groups them ({@code %,.Nf}). */
    static String groupedDecimals(double value, int decimals) {
        return Double.isFinite(value) ? grouped(decimals(value, decimals)) : decimals(value, decimals);
    }

    /** A number's text with a comma between groups of three digits of its whole part. */
    private static String grouped(String number) {
        int start = number.startsWith("-") ? 1 : 0;
        int point = number.indexOf('.');
        int end = point < 0 ? number.length() : point;
        StringBuilder out = new StringBuilder(number.length() + (end - start) / 3).append(number, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(number.charAt(i));
        }
        return out.append(number, end, number.length()).toString();
    }

    private long processCpuNanos() {
        if (!cpu) {
            return 0;
        }
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
