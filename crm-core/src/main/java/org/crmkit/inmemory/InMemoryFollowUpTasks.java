package org.crmkit.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crmkit.sales.FollowUpTask;
import org.crmkit.sales.FollowUpTasks;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Follow-up tasks by tenant and id; the reminder run scans them all. */
final class InMemoryFollowUpTasks implements FollowUpTasks {

    private final InMemoryTransactions transactions;
    private final VersionedRows<FollowUpTask> rows;

    InMemoryFollowUpTasks(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new VersionedRows<>(transactions, FollowUpTask::version);
    }

    @Override
    public boolean insert(FollowUpTask task) {
        return transactions.inTransaction(() -> rows.insert(task.tenantId(), task.taskId(), task.creationKey(), task));
    }

    @Override
    public Optional<FollowUpTask> find(TenantId tenantId, String taskId) {
        return transactions.inTransaction(() -> rows.find(tenantId, taskId));
    }

    @Override
    public Optional<FollowUpTask> findByKey(TenantId tenantId, String creationKey) {
        return transactions.inTransaction(() -> rows.findByKey(tenantId, creationKey));
    }

    @Override
    public boolean update(FollowUpTask task, long expectedVersion) {
        return transactions.inTransaction(() -> rows.update(task.tenantId(), task.taskId(), task, expectedVersion));
    }

    @Override
    public Page<FollowUpTask> list(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> rows.page(tenantId, request));
    }

    @Override
    public List<FollowUpTask> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> rows.all(tenantId).filter(t -> customerId.equals(t.customerId())).toList());
    }

    @Override
    public List<FollowUpTask> awaitingReminder(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> (tenantId == null ? rows.everyTenant() : rows.all(tenantId))
                .filter(t -> t.awaitsReminder() && !t.remindAt().isAfter(now)
                        && FollowUpTask.shardHash(t.tenantId(), t.taskId()) % shards == shard)
                .sorted(Comparator.comparing(FollowUpTask::remindAt).thenComparing(t -> t.tenantId().value()).thenComparing(FollowUpTask::taskId))
                .limit(limit).toList());
    }
}
