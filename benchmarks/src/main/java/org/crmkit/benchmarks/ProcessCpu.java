package org.crmkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time spent so far: by this JVM, by a process (from Linux's {@code /proc}), and by the
 * PostgreSQL server processes of this user (the benchmark's embedded server and its backends; run
 * one server at a time). A rate per second moves with whatever else shares the machine; the CPU an
 * operation takes, counted over the same window for the work and for its baseline, moves far less.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/PID/stat}'s times (USER_HZ, 100 on Linux x86-64 and arm64). */
    static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {}

    /**
     * The CPU this JVM and the PostgreSQL server have used since {@link #start}: the figure a batch
     * job's runs are compared by, since its wall time moves with whatever else shares the machine.
     * The JVM's part is also given for its Java threads alone (the job's, H2's writer, the pool's),
     * without the JIT compilers and the collector: in a run of seconds the compilers can take most
     * of the JVM's CPU (a profile of the settleDue benchmark on H2: 46% of the JVM's samples).
     */
    record Window(long jvmStart, long serverStart, Map<Long, Long> threadsStart) {

        static Window start() {
            return new Window(jvmNanos(), postgresNanos(), javaThreadNanos());
        }

        /**
         * "CPU 1.23 s in the JVM (0.40 s in its Java threads) + 0.45 s in PostgreSQL", the server's
         * part left out where none ran (H2).
         */
        String since() {
            double jvm = (jvmNanos() - jvmStart) / 1e9;
            double server = (postgresNanos() - serverStart) / 1e9;
            long threads = 0;
            for (Map.Entry<Long, Long> now : javaThreadNanos().entrySet()) {
                threads += now.getValue() - threadsStart.getOrDefault(now.getKey(), 0L);
            }
            String inJvm = String.format(Locale.ROOT, "CPU %.2f s in the JVM (%.2f s in its Java threads)", jvm, threads / 1e9);
            return serverStart == 0 && server == 0 ? inJvm : String.format(Locale.ROOT, "%s + %.2f s in PostgreSQL", inJvm, server);
        }
    }

    /** CPU nanoseconds of each live Java thread by id (the JIT compilers' and the collector's threads are not among them). */
    static Map<Long, Long> javaThreadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    /** Nanoseconds of CPU this JVM has used (every thread: the work, JIT compilers, GC). */
    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Nanoseconds of CPU (user + system) the running {@code postgres} processes of this user have
     * used; 0 where there is no {@code /proc} or no such process. A backend that exits takes its
     * count with it, so keep the pool's connections open while measuring.
     */
    static long postgresNanos() {
        long ticks = 0;
        String uid = uid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals("postgres") && uid.equals(owner(process))) {
                        ticks += ticks(stat);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    /** utime + stime of a process in clock ticks, from its {@code /proc/PID/stat} text (fields 14 and 15), 0 if unreadable. */
    static long ticks(Path stat) {
        try {
            return ticks(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticks(String stat) {
        // the fields after the command's closing parenthesis: state ppid ... utime (14th) stime (15th)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String uid() {
        return owner(Path.of("/proc/self"));
    }

    private static String owner(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1];
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
