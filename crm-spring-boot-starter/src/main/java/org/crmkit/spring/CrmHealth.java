package org.crmkit.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmkit.Crm;
import org.crmkit.jdbc.JobLeases;

/**
 * crmkit's health, in terms both Boot lines' health indicators turn into their own: the outbox's
 * lag and each job's last run, and DOWN when the database cannot be read, when a job's shard has
 * stayed due and unclaimed longer than {@code crmkit.health.max-job-delay}, or, when the starter
 * drains the outbox, when its oldest event is older than {@code crmkit.health.max-outbox-lag}.
 */
final class CrmHealth {

    /** What the indicators report: UP or DOWN, and the details. */
    record Report(String status, Map<String, Object> details) {}

    private final Crm crm;
    private final JobLeases leases;
    private final List<CrmJob> jobs;
    private final CrmProperties.Health settings;
    private final boolean draining;
    private final Clock clock;

    CrmHealth(Crm crm, JobLeases leases, List<CrmJob> jobs, CrmProperties.Health settings, boolean draining, Clock clock) {
        this.crm = crm;
        this.leases = leases;
        this.jobs = List.copyOf(jobs);
        this.settings = settings;
        this.draining = draining;
        this.clock = clock;
    }

    Report check() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            details.put("outbox", outbox(now, problems));
            Map<String, Object> jobDetails = new LinkedHashMap<>();
            for (CrmJob job : jobs) {
                jobDetails.put(job.name(), job(job, now, problems));
            }
            details.put("jobs", jobDetails);
        } catch (RuntimeException e) {
            details.put("error", e.toString());
            return new Report("DOWN", details);
        }
        if (!problems.isEmpty()) {
            details.put("problems", problems);
        }
        return new Report(problems.isEmpty() ? "UP" : "DOWN", details);
    }

    private Map<String, Object> outbox(Instant now, List<String> problems) {
        Map<String, Object> outbox = new LinkedHashMap<>();
        outbox.put("pending", crm.outbox().pending());
        Duration lag = crm.outbox().oldestPending().map(oldest -> Duration.between(oldest, now)).filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
        outbox.put("oldestEventAge", lag.toString());
        outbox.put("drainedByStarter", draining);
        if (draining && lag.compareTo(settings.maxOutboxLag()) > 0) {
            problems.add("the oldest undrained event is " + lag + " old, more than crmkit.health.max-outbox-lag " + settings.maxOutboxLag());
        }
        return outbox;
    }

    private Map<String, Object> job(CrmJob job, Instant now, List<String> problems) {
        List<JobLeases.Shard> shards = leases.shards(job.name(), job.shards());
        Map<String, Object> details = new LinkedHashMap<>();
        // every shard has run by the oldest of their last successes; none if one never has
        boolean allRan = shards.size() == job.shards() && shards.stream().allMatch(s -> s.lastSuccess() != null);
        details.put("lastSuccess", allRan
                ? shards.stream().map(JobLeases.Shard::lastSuccess).min(Comparator.naturalOrder()).map(Instant::toString).orElse(null)
                : null);
        details.put("lastFailure", shards.stream().map(JobLeases.Shard::lastFailure).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(Instant::toString).orElse(null));
        long overdue = shards.stream().filter(s -> overdue(s, now)).count();
        details.put("overdueShards", overdue);
        if (overdue > 0) {
            problems.add(job.name() + ": " + overdue + " of " + job.shards() + " shards due for more than crmkit.health.max-job-delay "
                    + settings.maxJobDelay() + " and not running");
        }
        return details;
    }

    private boolean overdue(JobLeases.Shard shard, Instant now) {
        boolean running = shard.leasedUntil() != null && shard.leasedUntil().isAfter(now);
        return !running && shard.dueAt().plus(settings.maxJobDelay()).isBefore(now);
    }
}
