package org.crmkit.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.sales.FollowUpTask;
import org.crmkit.sales.FollowUpTasks;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Follow-up tasks in {@code crm_sales_task}, each a JSON document beside its customer id, shard
 * hash and {@code remind_due}: the reminder time while the reminder is still to be sent, which the
 * reminder run scans by index.
 */
final class JdbcFollowUpTasks implements FollowUpTasks {

    private static final List<String> COLUMNS = List.of("customer_id", "remind_due", "shard_hash");

    private final JsonRows<FollowUpTask> rows;

    JdbcFollowUpTasks(JdbcTransactions transactions, Dialect dialect) {
        this.rows = new JsonRows<>(transactions, dialect, "crm_sales_task", "task_id", FollowUpTask.class);
    }

    @Override
    public boolean insert(FollowUpTask task) {
        return rows.insert(task.tenantId(), task.taskId(), task.creationKey(), task.version(), task, COLUMNS, values(task));
    }

    @Override
    public Optional<FollowUpTask> find(TenantId tenantId, String taskId) {
        return rows.find(tenantId, taskId);
    }

    @Override
    public Optional<FollowUpTask> findByKey(TenantId tenantId, String creationKey) {
        return rows.findByKey(tenantId, creationKey);
    }

    @Override
    public boolean update(FollowUpTask task, long expectedVersion) {
        return rows.update(task.tenantId(), task.taskId(), expectedVersion, task.version(), task, COLUMNS, values(task));
    }

    private static Object[] values(FollowUpTask task) {
        return new Object[] {JdbcLeads.customer(task.customerId()), Sql.timestamp(task.awaitsReminder() ? task.remindAt() : null),
                FollowUpTask.shardHash(task.tenantId(), task.taskId())};
    }

    @Override
    public Page<FollowUpTask> list(TenantId tenantId, PageRequest request) {
        return rows.page(tenantId, request);
    }

    @Override
    public List<FollowUpTask> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return rows.where("customer_id = ?", tenantId, customerId.value());
    }

    @Override
    public List<FollowUpTask> awaitingReminder(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return rows.select("SELECT doc FROM crm_sales_task" + TenantFilter.where(tenantId, "remind_due <= ? AND MOD(shard_hash, ?) = ?"
                + " ORDER BY remind_due, tenant_id, task_id LIMIT ?"), TenantFilter.parameters(tenantId, now, shards, shard, limit));
    }
}
