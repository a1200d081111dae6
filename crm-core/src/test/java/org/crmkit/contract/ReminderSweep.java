package org.crmkit.contract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/** {@code sales().dueReminders(tenant, now, i, n)}: follow-up tasks due in June, each reminded once. */
final class ReminderSweep implements TenantSweep {

    private final Crm crm;
    private final MutableClock clock;
    private final Map<TenantId, List<String>> tasks = new HashMap<>();

    ReminderSweep(Crm crm, MutableClock clock) {
        this.crm = crm;
        this.clock = clock;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ids.add(crm.sales().schedule(new ScheduleTask(tenant, "task-" + i, "call back about the quote", "liu", null, null, null, null,
                    LocalDateTime.parse("2025-06-02T09:30"), 30)).taskId());
        }
        tasks.put(tenant, ids);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        return crm.sales().dueReminders(tenant, clock.instant(), shard, shards);
    }

    @Override
    public int done(TenantId tenant) {
        return (int) tasks.getOrDefault(tenant, List.of()).stream()
                .filter(id -> crm.sales().task(tenant, id).orElseThrow().remindedAt() != null).count();
    }
}
