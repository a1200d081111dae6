package org.crmkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/** Runs a workload on N threads for a fixed time after a warm-up and counts completed operations. */
final class Throughput {

    /** One thread's loop body; returns how many operations it completed. */
    @FunctionalInterface
    interface Step {
        int run(int thread, long iteration) throws Exception;
    }

    private Throughput() {}

    /**
     * What one measurement saw: operations a second, and the CPU an operation took, in
     * microseconds, in this JVM and in the PostgreSQL server ({@link ProcessCpu}; 0 for H2, whose
     * work is the JVM's), both counted over the measured seconds only; of the JVM's, what the
     * benchmark's own threads took (the rest is the JIT compilers, the collector and the pool).
     */
    record Rate(double perSecond, double jvmMicros, double serverMicros, double workerMicros) {

        /** The CPU an operation took in all: the JVM's and the server's. */
        double cpuMicros() {
            return jvmMicros + serverMicros;
        }

        /**
         * One rate of measurements of equal length: the mean of their operations a second, and the CPU
         * an operation took over all their operations (each measurement's weighed by its operations).
         */
        private static Rate ofEqualSpells(List<Rate> spells) {
            double perSecond = 0;
            double jvm = 0;
            double server = 0;
            double worker = 0;
            for (Rate spell : spells) {
                perSecond += spell.perSecond;
                jvm += spell.jvmMicros * spell.perSecond;
                server += spell.serverMicros * spell.perSecond;
                worker += spell.workerMicros * spell.perSecond;
            }
            double weight = Math.max(perSecond, Double.MIN_VALUE);
            return new Rate(perSecond / spells.size(), jvm / weight, server / weight, worker / weight);
        }
    }

    /** The warm-up of every spell of {@link #measureInTurn} but each step's first, which warms up for the whole warm-up. */
    private static final double LATER_SPELLS_WARMUP_SECONDS = 0.5;

    /**
     * The rates of {@code steps}, each as {@link #measureWithCpu} measures it, taken in turn {@code
     * rounds} times, each spell {@code seconds / rounds} long: a machine that slows down for a while
     * then slows every step rather than one, so their ratios keep closer to what the code does. Each
     * step's first spell warms up for {@code warmupSeconds}, the others for half a second at most.
     *
     * @return each step's rate over its spells, in the order of {@code steps}
     */
    static Rate[] measureInTurn(int threads, double warmupSeconds, double seconds, int rounds, Step... steps)
            throws InterruptedException {
        List<List<Rate>> spells = new ArrayList<>();
        for (int s = 0; s < steps.length; s++) {
            spells.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            double warmup = round == 0 ? warmupSeconds : Math.min(warmupSeconds, LATER_SPELLS_WARMUP_SECONDS);
            for (int s = 0; s < steps.length; s++) {
                spells.get(s).add(measureWithCpu(threads, warmup, seconds / rounds, steps[s]));
            }
        }
        return spells.stream().map(Rate::ofEqualSpells).toArray(Rate[]::new);
    }

    /** Operations per second of {@code step} on {@code threads} threads, measured for {@code seconds}. */
    static double measure(int threads, double warmupSeconds, double seconds, Step step) throws InterruptedException {
        return measureWithCpu(threads, warmupSeconds, seconds, step).perSecond();
    }

    /** Operations per second of {@code step}, as {@link #measure}, and the CPU an operation took. */
    static Rate measureWithCpu(int threads, double warmupSeconds, double seconds, Step step) throws InterruptedException {
        LongAdder counted = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (long i = 0; !stop.get(); i++) {
                        int ops = step.run(thread, i);
                        if (measuring.get()) {
                            counted.add(ops);
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        long jvm = ProcessCpu.jvmNanos();
        long server = ProcessCpu.postgresNanos();
        long work = workersNanos(workers);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        jvm = ProcessCpu.jvmNanos() - jvm;
        server = ProcessCpu.postgresNanos() - server;
        work = workersNanos(workers) - work;
        stop.set(true);
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a benchmark thread failed", failures.get(0));
        }
        long ops = Math.max(1, counted.sum());
        return new Rate(counted.sum() / (elapsed / 1e9), jvm / 1e3 / ops, server / 1e3 / ops, work / 1e3 / ops);
    }

    private static long workersNanos(List<Thread> workers) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        return workers.stream().mapToLong(w -> Math.max(0, cpu.getThreadCpuTime(w.getId()))).sum();
    }
}
