package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.contract.TenantSweep;
import org.crmkit.contract.TenantSweepsContract;
import org.crmkit.jdbc.TestDatabases;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantSharding;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * The starter's sweeps run tenant by tenant: with {@code crmkit.jobs.tenants} (or a {@link
 * CrmJobTenants} bean) shard {@code i} of {@code n} of each sweep runs the per-tenant form for the
 * tenants {@link TenantSharding} places on it, so each listed tenant's due rows are done by one
 * shard, once, and a tenant not listed is not swept. Every sweep with a per-tenant form, with the
 * rows of {@link TenantSweepsContract}'s sweeps, on H2.
 */
class SweepsTenantByTenantTest {

    private static final int SHARDS = 3;
    /** The starter's job of each of the contract's sweeps. */
    private static final Map<String, String> JOB_OF_SWEEP = Map.of("points settlement", "loyalty.settleDue", "SLA checks",
            "complaints.checkSlas", "card expiry", "storedValue.expireDue", "coupon settlement", "coupons.settleDue", "sales reminders",
            "sales.dueReminders", "tier assessment", "tiers.assessToday");

    private final MutableClock clock = MutableClock.at(TenantSweep.OPENED);
    private final String url = TestDatabases.freshH2Url();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CrmAutoConfiguration.class, CrmJobsAutoConfiguration.class))
            .withBean(DataSource.class, () -> TestDatabases.pool(url, 4))
            .withBean(MutableClock.class, () -> clock)
            .withPropertyValues("crmkit.jobs.poll=PT1H", "crmkit.jobs.shards=" + SHARDS);

    @Test
    void with_crmkit_jobs_tenants_each_shard_sweeps_the_tenants_placed_on_it_so_each_listed_tenants_rows_are_done_once_and_no_other_tenants() {
        // given: per sweep, two tenants to list and one not to, with rows due, made by an instance that runs no jobs
        runner.withPropertyValues("crmkit.jobs.enabled=false").run(seeding -> {
            List<Opened> opened = openEverySweep(seeding.getBean(Crm.class));
            List<TenantId> listed = opened.stream().flatMap(o -> o.listed().keySet().stream()).toList();
            clock.set(TenantSweep.DUE);

            runner.withPropertyValues("crmkit.jobs.tenants=" + String.join(",", listed.stream().map(TenantId::value).toList())).run(instance -> {
                CrmStorage storage = instance.getBean(CrmStorage.class);
                for (Opened sweep : opened) {
                    CrmJob job = job(instance, sweep.job());
                    Map<TenantId, Integer> before = sweep.done();
                    for (int shard = 0; shard < SHARDS; shard++) {
                        // when: one shard of the job runs
                        int did = job.work().applyAsInt(shard, SHARDS);

                        // then: it did whole the listed tenants placed on it, and no other tenant
                        List<TenantId> placed = TenantSharding.tenantsOf(storage.placeTenants(listed), shard, SHARDS);
                        Map<TenantId, Integer> after = sweep.done();
                        for (Map.Entry<TenantId, Integer> tenant : after.entrySet()) {
                            int rows = sweep.listed().getOrDefault(tenant.getKey(), 0);
                            int expected = placed.contains(tenant.getKey()) ? rows : before.get(tenant.getKey());
                            assertThat(tenant.getValue()).as("%s: rows of %s done after shard %s", sweep.job(), tenant.getKey(), shard)
                                    .isEqualTo(expected);
                        }
                        int placedRows = placed.stream().mapToInt(t -> sweep.listed().getOrDefault(t, 0)).sum();
                        if (!sweep.job().equals("tiers.assessToday")) { // assessToday answers reports, not rows
                            assertThat(did).as("%s shard %s", sweep.job(), shard).isEqualTo(placedRows);
                        }
                        before = after;
                    }
                    // then: every listed tenant's rows once, the tenant not listed untouched
                    assertThat(before).as(sweep.job()).isEqualTo(sweep.expectedWhenDone());
                }
            });
        });
    }

    @Test
    void a_crm_job_tenants_bean_replaces_the_property_and_is_asked_again_at_every_run() {
        List<TenantId> answer = new CopyOnWriteArrayList<>();
        runner.withBean(CrmJobTenants.class, () -> () -> List.copyOf(answer)).withPropertyValues("crmkit.jobs.tenants=listed-by-property")
                .run(instance -> {
                    // given: per sweep two tenants the bean answers and one it does not
                    List<Opened> opened = openEverySweep(instance.getBean(Crm.class));
                    opened.forEach(o -> answer.addAll(o.listed().keySet()));
                    clock.set(TenantSweep.DUE);

                    // when: the instance runs every due shard, through the leases
                    int ran = instance.getBean(CrmJobs.class).runDue();

                    // then: the bean's tenants are done, the others not
                    assertThat(ran).isEqualTo(JOB_OF_SWEEP.size() * SHARDS);
                    for (Opened sweep : opened) {
                        assertThat(sweep.done()).as(sweep.job()).isEqualTo(sweep.expectedWhenDone());
                    }

                    // when: the bean answers the left-out tenants too, and each job's shards run again
                    opened.forEach(o -> answer.addAll(o.unlisted()));
                    for (Opened sweep : opened) {
                        CrmJob job = job(instance, sweep.job());
                        for (int shard = 0; shard < SHARDS; shard++) {
                            job.work().applyAsInt(shard, SHARDS);
                        }
                        // then
                        assertThat(sweep.done().get(sweep.unlisted().get(0))).as(sweep.job()).isEqualTo(2);
                    }
                });
    }

    /** Per sweep, tenants with 2 and 3 rows due to list and one with 2 not to list. */
    private List<Opened> openEverySweep(Crm crm) {
        List<Opened> opened = new ArrayList<>();
        for (Named<TenantSweep.Factory> named : TenantSweepsContract.sweeps().toList()) {
            TenantSweep sweep = named.getPayload().over(crm, clock);
            Map<TenantId, Integer> listed = new LinkedHashMap<>();
            listed.put(sweep.open(2), 2);
            listed.put(sweep.open(3), 3);
            opened.add(new Opened(JOB_OF_SWEEP.get(named.getName()), sweep, listed, List.of(sweep.open(2))));
        }
        return opened;
    }

    private static CrmJob job(ApplicationContext instance, String name) {
        return instance.getBean(CrmJobs.class).jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    /** A sweep's tenants: those to list with their rows due, and those not to list. */
    private record Opened(String job, TenantSweep sweep, Map<TenantId, Integer> listed, List<TenantId> unlisted) {

        /** Rows done per tenant, listed and not. */
        Map<TenantId, Integer> done() {
            Map<TenantId, Integer> done = new HashMap<>();
            listed.keySet().forEach(t -> done.put(t, sweep.done(t)));
            unlisted.forEach(t -> done.put(t, sweep.done(t)));
            return done;
        }

        /** Every listed tenant's rows done, none of the others'. */
        Map<TenantId, Integer> expectedWhenDone() {
            Map<TenantId, Integer> done = new HashMap<>(listed);
            unlisted.forEach(t -> done.put(t, 0));
            return done;
        }
    }
}
