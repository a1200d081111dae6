package org.crmkit.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.crmkit.Crm;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.jspecify.annotations.Nullable;

/**
 * One of crmkit's batch jobs as the starter schedules it: its lease name, how many shards, how
 * long after a run a shard falls due again, and the work of shard {@code i} of {@code n}.
 */
record CrmJob(String name, int shards, Duration interval, IntBinaryOperator work) {

    /**
     * One sweep: with a tenant, its per-tenant form over that tenant's rows; with none, its form over
     * every tenant. Returns how many rows it did.
     */
    @FunctionalInterface
    interface Sweep {
        int run(@Nullable TenantId tenant, int shard, int shards);
    }

    /** The jobs as {@link #all(Crm, CrmStorage, CrmProperties.Jobs, CrmJobTenants, OutboxHandler)} makes them, each sweep over every tenant. */
    static List<CrmJob> all(Crm crm, CrmProperties.Jobs settings, @Nullable OutboxHandler handler) {
        return all(crm, null, settings, null, handler);
    }

    /**
     * The jobs this instance runs, in the order it looks for their due shards.
     *
     * @param storage where the tenants are placed; needed only with {@code tenants}
     * @param tenants the tenants each sweep runs tenant by tenant, shard {@code i} of {@code n} taking
     *     the ones {@code TenantSharding} gives it; null for the sweeps' forms over every tenant
     * @param handler where the drain hands events; null for no drain
     */
    static List<CrmJob> all(Crm crm, @Nullable CrmStorage storage, CrmProperties.Jobs settings, @Nullable CrmJobTenants tenants,
            @Nullable OutboxHandler handler) {
        List<CrmJob> jobs = new ArrayList<>();
        Sweeps sweeps = new Sweeps(storage, settings.shards(), tenants, jobs);
        sweeps.add("loyalty.settleDue", settings.settleDue(),
                (tenant, shard, shards) -> tenant == null ? crm.loyalty().settleDue(shard, shards) : crm.loyalty().settleDue(tenant, shard, shards));
        sweeps.add("tiers.assessToday", settings.assess(), (tenant, shard, shards) -> (tenant == null ? crm.tiers().assessToday(shard, shards)
                : crm.tiers().assessToday(tenant, shard, shards)).size());
        sweeps.add("complaints.checkSlas", settings.checkSlas(), (tenant, shard, shards) -> (int) (tenant == null
                ? crm.complaints().checkSlas(crm.clock().instant(), shard, shards)
                : crm.complaints().checkSlas(tenant, crm.clock().instant(), shard, shards)).examined());
        sweeps.add("coupons.settleDue", settings.coupons(),
                (tenant, shard, shards) -> tenant == null ? crm.coupons().settleDue(shard, shards) : crm.coupons().settleDue(tenant, shard, shards));
        sweeps.add("storedValue.expireDue", settings.cards(), (tenant, shard, shards) -> tenant == null
                ? crm.storedValue().expireDue(shard, shards) : crm.storedValue().expireDue(tenant, shard, shards));
        sweeps.add("sales.dueReminders", settings.reminders(), (tenant, shard, shards) -> tenant == null
                ? crm.sales().dueReminders(crm.clock().instant(), shard, shards)
                : crm.sales().dueReminders(tenant, crm.clock().instant(), shard, shards));
        if (handler != null) {
            // one shard: one instance drains at a time, so the handler sees the publishing order
            jobs.add(new CrmJob("outbox.drain", 1, settings.outbox().interval(), (shard, shards) -> drain(crm, settings.outbox(), handler)));
        }
        return jobs;
    }

    /** Drains page after page until a page comes back short: the outbox was emptied. */
    private static int drain(Crm crm, CrmProperties.Outbox settings, OutboxHandler handler) {
        int total = 0;
        int page;
        do {
            page = crm.outbox().drain(settings.pageSize(), handler::handle);
            total += page;
        } while (page == settings.pageSize() && !Thread.currentThread().isInterrupted());
        return total;
    }

    /** Adds each sweep as a job, over every tenant or tenant by tenant. */
    private record Sweeps(@Nullable CrmStorage storage, int shards, @Nullable CrmJobTenants tenants, List<CrmJob> jobs) {

        void add(String name, CrmProperties.Job schedule, Sweep sweep) {
            IntBinaryOperator work = tenants == null ? (shard, shards) -> sweep.run(null, shard, shards)
                    : new TenantByTenant(name, storage, tenants, sweep);
            jobs.add(new CrmJob(name, shards, schedule.interval(), work));
        }
    }
}
