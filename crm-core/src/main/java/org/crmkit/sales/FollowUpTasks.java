package org.crmkit.sales;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the storage of follow-up tasks. Every method takes part in the storage's unit of work.
 *
 * @since 0.2
 */
public interface FollowUpTasks {

    /**
     * Stores a new task unless the tenant has one with its id or its creation key (after waiting
     * for a concurrent insert of either to commit or roll back).
     *
     * @return true if this call stored it
     */
    boolean insert(FollowUpTask task);

    /** The task, if it is in the tenant. */
    Optional<FollowUpTask> find(TenantId tenantId, String taskId);

    /** The task scheduled under {@code creationKey}, if any. */
    Optional<FollowUpTask> findByKey(TenantId tenantId, String creationKey);

    /**
     * Replaces the task if it is still at {@code expectedVersion}.
     *
     * @return false if it was not (nothing is written)
     */
    boolean update(FollowUpTask task, long expectedVersion);

    /** The tenant's tasks by task id; the cursor is the last id of the previous page. */
    Page<FollowUpTask> list(TenantId tenantId, PageRequest request);

    /** The tasks concerning the customer, by task id. */
    List<FollowUpTask> ofCustomer(TenantId tenantId, CustomerId customerId);

    /**
     * Up to {@code limit} tasks of the tenant, or of any tenant when {@code tenantId} is null, that
     * {@link FollowUpTask#awaitsReminder() await their reminder} with a reminder time at or before
     * {@code now}, whose {@link FollowUpTask#shardHash shard hash} modulo {@code shards} is {@code
     * shard}, read without locking, soonest first. With a tenant the read names that tenant, so a
     * distributed store reads only the node holding it.
     */
    List<FollowUpTask> awaitingReminder(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit);
}
