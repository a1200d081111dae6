package org.crmkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent so far, read from Linux's {@code /proc}: by this JVM, and by the PostgreSQL
 * server processes of this user (the benchmark's embedded server and its backends; run one server
 * at a time). A rate per second moves with whatever else shares the machine; the CPU an operation
 * takes, counted over the same window for the work and for its baseline, moves far less.
 */
final class ServerCpu {

    /** Clock ticks per second of {@code /proc/PID/stat}'s times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private ServerCpu() {}

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
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres") || !uid.equals(owner(process))) {
                        continue;
                    }
                    // fields after the command: state ppid ... utime (14th field) stime (15th)
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
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
