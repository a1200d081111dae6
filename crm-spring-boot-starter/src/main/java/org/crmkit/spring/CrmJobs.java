package org.crmkit.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.jdbc.JobLeases;
import org.crmkit.jdbc.JobLeases.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * crmkit's batch jobs on this instance: every poll, it claims the due shards of each job from the
 * database ({@link JobLeases}), runs each, renewing its lease while it runs, and records the
 * success with the shard's next due time, or the failure. Starts after the context is refreshed
 * and stops with it; a shard held when the instance dies is taken over by another once its lease
 * expires.
 */
final class CrmJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrmJobs.class);
    /** A failed shard is tried again after its interval, but at most this long after. */
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

    private final JobLeases leases;
    private final List<CrmJob> jobs;
    private final CrmProperties.Jobs settings;
    private final List<JobObserver> observers;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    CrmJobs(JobLeases leases, List<CrmJob> jobs, CrmProperties.Jobs settings, List<JobObserver> observers, Clock clock) {
        this.leases = leases;
        this.jobs = List.copyOf(jobs);
        this.settings = settings;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        // one thread runs the jobs, one renews the lease of the shard running
        executor = Executors.newScheduledThreadPool(2, work -> {
            Thread thread = new Thread(work, "crmkit-jobs-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long poll = settings.poll().toMillis();
        executor.scheduleWithFixedDelay(this::runDueQuietly, poll, poll, TimeUnit.MILLISECONDS);
        log.info("crmkit jobs started: {} polled every {}, {} shards each, leases of {}, owner {}",
                jobs.stream().map(CrmJob::name).toList(), settings.poll(), settings.shards(), settings.lease(), leases.owner());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** The jobs this instance runs. */
    List<CrmJob> jobs() {
        return jobs;
    }

    /**
     * Runs every shard of every job that is due and that this instance can claim, one after
     * another.
     *
     * @return how many shard runs there were
     */
    int runDue() {
        int ran = 0;
        for (CrmJob job : jobs) {
            Optional<Lease> lease = leases.claim(job.name(), job.shards(), settings.lease());
            while (lease.isPresent()) {
                run(job, lease.get());
                ran++;
                lease = Thread.currentThread().isInterrupted() ? Optional.empty() : leases.claim(job.name(), job.shards(), settings.lease());
            }
        }
        return ran;
    }

    private void runDueQuietly() {
        try {
            runDue();
        } catch (RuntimeException e) {
            // the database away, say: the next poll tries again
            log.warn("crmkit jobs could not look for due shards: {}", e.toString());
        }
    }

    private void run(CrmJob job, Lease lease) {
        AtomicReference<Lease> held = new AtomicReference<>(lease);
        ScheduledFuture<?> renewal = renewWhileRunning(held);
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            job.work().applyAsInt(lease.shard(), lease.shards());
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Instant now = clock.instant();
        if (failure == null) {
            if (!leases.complete(held.get(), now.plus(job.interval()))) {
                log.warn("crmkit job {} shard {}/{} finished after its lease passed to another instance", job.name(), lease.shard(), lease.shards());
            }
        } else {
            log.warn("crmkit job {} shard {}/{} failed after {}; due again in at most {}", job.name(), lease.shard(), lease.shards(), took,
                    MAX_RETRY_DELAY, failure);
            leases.fail(held.get(), now.plus(job.interval().compareTo(MAX_RETRY_DELAY) < 0 ? job.interval() : MAX_RETRY_DELAY));
        }
        for (JobObserver observer : observers) {
            observer.ran(job.name(), lease.shard(), took, failure);
        }
    }

    private ScheduledFuture<?> renewWhileRunning(AtomicReference<Lease> held) {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return null; // run by hand (runDue), not by the scheduler
        }
        long every = Math.max(1, settings.lease().toMillis() / 3);
        try {
            return running.scheduleAtFixedRate(() -> renew(held), every, every, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // stopping: the run is being interrupted anyway
        }
    }

    private void renew(AtomicReference<Lease> held) {
        try {
            leases.renew(held.get(), settings.lease()).ifPresentOrElse(held::set,
                    () -> log.warn("crmkit job lease {} shard {} lost while running", held.get().job(), held.get().shard()));
        } catch (RuntimeException e) {
            log.warn("crmkit job lease {} shard {} could not be renewed: {}", held.get().job(), held.get().shard(), e.toString());
        }
    }
}
