package org.crmkit.benchmarks;

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

    /** Operations per second of {@code step} on {@code threads} threads, measured for {@code seconds}. */
    static double measure(int threads, double warmupSeconds, double seconds, Step step) throws InterruptedException {
        LongAdder counted = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = new ArrayList<>();
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
            worker.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a benchmark thread failed", failures.get(0));
        }
        return counted.sum() / (elapsed / 1e9);
    }
}
