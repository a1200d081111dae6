package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.time.Instant;
import java.util.Objects;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up task (跟踪回访): a call or visit due at a time, with a reminder before it.
 *
 * @param taskId generated when scheduled
 * @param creationKey the idempotency key it was scheduled under
 * @param fingerprint a digest of the scheduling command, compared on replays
 * @param title what to do; replaced on erasure of its customer
 * @param owner who does it
 * @param leadId the lead it follows up, or null
 * @param opportunityId the opportunity it follows up, or null
 * @param accountId the business account it follows up, or null
 * @param customerId the customer it concerns (given, or that of its lead or opportunity), or null
 * @param dueAt when it is due
 * @param remindAt when its owner is reminded (at or before {@code dueAt})
 * @param remindedAt when the reminder was sent, or null while it was not
 * @param outcome the outcome of a completed task or the reason of a cancelled one, or null
 * @param version 1 when scheduled, one up per change
 * @since 0.2
 */
public record FollowUpTask(TenantId tenantId, String taskId, String creationKey, String fingerprint, String title, String owner,
        @Nullable String leadId, @Nullable String opportunityId, @Nullable String accountId, @Nullable CustomerId customerId, Instant dueAt,
        Instant remindAt, @Nullable Instant remindedAt, TaskStatus status, @Nullable String outcome, Instant createdAt, Instant updatedAt,
        long version) {

    /** Checks the components. */
    public FollowUpTask {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(taskId, "taskId");
        checkNotNull(creationKey, "creationKey");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(title, "title");
        checkNotNull(owner, "owner");
        checkNotNull(dueAt, "dueAt");
        checkNotNull(remindAt, "remindAt");
        checkArgument(!remindAt.isAfter(dueAt), "the reminder (%s) must not be after the due time (%s)", remindAt, dueAt);
        checkNotNull(status, "status");
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    }

    /** Whether a reminder is still to be sent: the task is open and none was sent. */
    public boolean awaitsReminder() {
        return status == TaskStatus.OPEN && remindedAt == null;
    }

    /**
     * A stable, non-negative hash of a task; its shard among {@code n} shards is {@code
     * shardHash(tenantId, taskId) % n}. Storages keep it with the task to select shards.
     */
    public static int shardHash(TenantId tenantId, String taskId) {
        return Hashing.murmur3_32_fixed().hashUnencodedChars(tenantId.value() + "/" + taskId).asInt() & Integer.MAX_VALUE;
    }

    FollowUpTask reminded(Instant at) {
        return new FollowUpTask(tenantId, taskId, creationKey, fingerprint, title, owner, leadId, opportunityId, accountId, customerId, dueAt,
                remindAt, at, status, outcome, createdAt, at, version + 1);
    }

    FollowUpTask closed(TaskStatus newStatus, @Nullable String text, Instant at) {
        return new FollowUpTask(tenantId, taskId, creationKey, fingerprint, title, owner, leadId, opportunityId, accountId, customerId, dueAt,
                remindAt, remindedAt, newStatus, text, createdAt, at, version + 1);
    }

    /** This task with its free texts replaced; the same task if nothing was left to erase. */
    FollowUpTask erased() {
        String erasedOutcome = outcome == null ? null : PersonalData.ERASED;
        if (title.equals(PersonalData.ERASED) && Objects.equals(outcome, erasedOutcome)) {
            return this;
        }
        return new FollowUpTask(tenantId, taskId, creationKey, fingerprint, PersonalData.ERASED, owner, leadId, opportunityId, accountId,
                customerId, dueAt, remindAt, remindedAt, status, erasedOutcome, createdAt, updatedAt, version + 1);
    }
}
