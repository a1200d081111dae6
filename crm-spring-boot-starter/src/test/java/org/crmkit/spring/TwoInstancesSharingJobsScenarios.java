package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.JobLeases;
import org.crmkit.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances (two Spring contexts) on one database share crmkit's jobs with no
 * shard settings: each shard of each job runs exactly once per due time, a shard held by an
 * instance that died is run by the other once its lease expired, and each instance's health and
 * metrics show it. Run on each database by a subclass that names it.
 */
abstract class TwoInstancesSharingJobsScenarios {

    /** Every sweep: no OutboxHandler bean, so no drain job. */
    private static final List<String> JOBS = List.of("loyalty.settleDue", "tiers.assessToday", "complaints.checkSlas", "coupons.settleDue",
            "storedValue.expireDue", "sales.dueReminders");
    private static final int SHARDS = 4;

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    /** The properties naming the database both instances share. */
    protected abstract Map<String, Object> database();

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        Map<String, Object> database = database();
        a = start(database);
        b = start(database);
    }

    @AfterEach
    void stopBoth() {
        a.close();
        b.close();
    }

    @Test
    void two_instances_running_the_due_jobs_at_once_run_each_shard_exactly_once() {
        // when both look for due shards at the same moment
        CompletableFuture<Integer> byA = CompletableFuture.supplyAsync(() -> jobs(a).runDue());
        CompletableFuture<Integer> byB = CompletableFuture.supplyAsync(() -> jobs(b).runDue());
        // then every shard of every job ran once, on one or the other
        assertThat(byA.join() + byB.join()).isEqualTo(JOBS.size() * SHARDS);
        List<String> ran = new ArrayList<>(runs(a));
        ran.addAll(runs(b));
        assertThat(ran).containsExactlyInAnyOrderElementsOf(everyShard());
        // and nothing is due again before its interval
        assertThat(jobs(a).runDue() + jobs(b).runDue()).isZero();
    }

    @Test
    void a_shard_held_by_an_instance_that_died_is_run_by_the_other_once_its_lease_expired() throws Exception {
        // given instance a claims a shard and dies holding it
        JobLeases.Lease held = a.getBean(JobLeases.class).claim("loyalty.settleDue", SHARDS, Duration.ofSeconds(2)).orElseThrow();
        a.close();
        // when b runs what is due, now and after the lease expired
        int first = jobs(b).runDue();
        HealthReports.Report whileHeld = HealthReports.of(b);
        Thread.sleep(2_500);
        HealthReports.Report afterExpiry = HealthReports.of(b);
        int second = jobs(b).runDue();
        // then b ran every other shard first, and the dead instance's shard once it was free
        String dead = "loyalty.settleDue#" + held.shard();
        assertThat(first).isEqualTo(JOBS.size() * SHARDS - 1);
        assertThat(runs(b).subList(0, first)).doesNotContain(dead);
        assertThat(second).isOne();
        assertThat(runs(b)).containsExactlyInAnyOrderElementsOf(everyShard()).last().isEqualTo(dead);
        // and b's health said so: UP while the lease held, DOWN once the shard was overdue, UP after
        assertThat(whileHeld.status()).isEqualTo("UP");
        assertThat(afterExpiry.status()).isEqualTo("DOWN");
        assertThat(afterExpiry.details().get("problems").toString()).contains("loyalty.settleDue: 1 of 4 shards due");
        assertThat(HealthReports.of(b).status()).isEqualTo("UP");
    }

    @Test
    void the_health_shows_each_jobs_last_success_and_the_outbox() throws Exception {
        // given
        jobs(a).runDue();
        crm(a).customers().register(RegisterCustomer.of(TenantId.of("health-shop"), "李雷", SourceChannel.APP));
        // when
        HealthReports.Report report = HealthReports.of(b);
        // then
        assertThat(report.status()).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) report.details().get("jobs");
        assertThat(jobs).containsOnlyKeys(JOBS).allSatisfy((job, details) -> {
            assertThat(details.get("lastSuccess")).isNotNull();
            assertThat(details.get("overdueShards")).isEqualTo(0L);
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> outbox = (Map<String, Object>) report.details().get("outbox");
        assertThat((Long) outbox.get("pending")).isPositive();
        assertThat(outbox.get("drainedByStarter")).isEqualTo(false);
    }

    @Test
    void the_metrics_time_operations_and_job_runs_and_gauge_the_outbox() {
        // when
        crm(a).customers().register(RegisterCustomer.of(TenantId.of("metrics-shop"), "韩梅梅", SourceChannel.APP));
        jobs(a).runDue();
        // then
        MeterRegistry meters = a.getBean(MeterRegistry.class);
        assertThat(meters.get("crmkit.operations").tag("operation", "customers.register").tag("outcome", "success").timer().count())
                .isOne();
        assertThat(meters.get("crmkit.operations").tag("operation", "loyalty.settleDue").timers()).isNotEmpty();
        assertThat(meters.get("crmkit.jobs").tag("outcome", "success").timers())
                .extracting(timer -> timer.getId().getTag("job")).containsExactlyInAnyOrderElementsOf(JOBS);
        assertThat(meters.get("crmkit.jobs").tag("job", "tiers.assessToday").timer().count()).isEqualTo(SHARDS);
        assertThat(meters.get("crmkit.outbox.pending").gauge().value()).isPositive();
        assertThat(meters.get("crmkit.outbox.lag").timeGauge()).isNotNull();
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        Map<String, Object> properties = new java.util.HashMap<>(database);
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.flyway.enabled", "false");
        properties.put("spring.liquibase.enabled", "false");
        // the tests run the jobs by hand (runDue): the scheduler's first look is an hour away
        properties.put("crmkit.jobs.poll", "PT1H");
        properties.put("crmkit.jobs.shards", String.valueOf(SHARDS));
        properties.put("crmkit.health.max-job-delay", "PT1S");
        return new SpringApplicationBuilder(JobsApplication.class).properties(properties).run();
    }

    private static CrmJobs jobs(ConfigurableApplicationContext context) {
        return context.getBean(CrmJobs.class);
    }

    private static Crm crm(ConfigurableApplicationContext context) {
        return context.getBean(Crm.class);
    }

    private static List<String> runs(ConfigurableApplicationContext context) {
        return context.getBean(JobsApplication.ShardRuns.class).ran;
    }

    private static List<String> everyShard() {
        return JOBS.stream().flatMap(job -> IntStream.range(0, SHARDS).mapToObj(shard -> job + "#" + shard)).toList();
    }
}
