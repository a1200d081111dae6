package org.crmkit.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.crmkit.Crm;

/**
 * One of crmkit's batch jobs as the starter schedules it: its lease name, how many shards, how
 * long after a run a shard falls due again, and the work of shard {@code i} of {@code n}.
 */
record CrmJob(String name, int shards, Duration interval, IntBinaryOperator work) {

    /** The jobs this instance runs, in the order it looks for their due shards. */
    static List<CrmJob> all(Crm crm, CrmProperties.Jobs settings, OutboxHandler handler) {
        List<CrmJob> jobs = new ArrayList<>(List.of(
                new CrmJob("loyalty.settleDue", settings.shards(), settings.settleDue().interval(),
                        (shard, shards) -> crm.loyalty().settleDue(shard, shards)),
                new CrmJob("tiers.assessToday", settings.shards(), settings.assess().interval(),
                        (shard, shards) -> crm.tiers().assessToday(shard, shards).size()),
                new CrmJob("complaints.checkSlas", settings.shards(), settings.checkSlas().interval(),
                        (shard, shards) -> {
                            crm.complaints().checkSlas(crm.clock().instant(), shard, shards);
                            return 0;
                        }),
                new CrmJob("coupons.settleDue", settings.shards(), settings.coupons().interval(),
                        (shard, shards) -> crm.coupons().settleDue(shard, shards)),
                new CrmJob("storedValue.expireDue", settings.shards(), settings.cards().interval(),
                        (shard, shards) -> crm.storedValue().expireDue(shard, shards)),
                new CrmJob("sales.dueReminders", settings.shards(), settings.reminders().interval(),
                        (shard, shards) -> crm.sales().dueReminders(crm.clock().instant(), shard, shards))));
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
}
