package org.crmkit.sales;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.Limits;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.Shards;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/** Follow-up tasks (跟踪回访): scheduling, closing, and the reminder run. */
final class FollowingUp {

    /** Tasks read per page by the reminder run. */
    static final int REMINDER_PAGE = 200;

    private final SalesOperations ops;

    FollowingUp(SalesOperations ops) {
        this.ops = ops;
    }

    FollowUpTask schedule(ScheduleTask command) {
        Instant dueAt = command.dueAt() == null ? null : command.dueAt().atZone(ops.zone).toInstant().truncatedTo(ChronoUnit.MICROS);
        ops.check(command, dueAt != null && (dueAt.isBefore(Limits.MIN_INSTANT) || dueAt.isAfter(Limits.MAX_INSTANT))
                ? List.of(Violation.of("dueAt", command.dueAt(), "must be from " + Limits.MIN_INSTANT + " to " + Limits.MAX_INSTANT
                        + " in the tenant's zone")) : List.of());
        Instant remindAt = dueAt.minus(command.remindMinutesBefore(), ChronoUnit.MINUTES);
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            var earlier = ops.ports.tasks().findByKey(tenantId, command.idempotencyKey());
            CustomerId customerId = earlier.isPresent() ? null : concerned(command);
            SalesOperations.Created<FollowUpTask> created = SalesOperations.create(command.idempotencyKey(), fingerprint, "task scheduling",
                    () -> ops.ports.tasks().findByKey(tenantId, command.idempotencyKey()), FollowUpTask::fingerprint,
                    () -> new FollowUpTask(tenantId, ops.newId(), command.idempotencyKey(), fingerprint, command.title(), command.owner(),
                            command.leadId(), command.opportunityId(), command.accountId(), customerId, dueAt, remindAt, null, TaskStatus.OPEN,
                            null, now, now, 1),
                    ops.ports.tasks()::insert);
            if (created.fresh()) {
                ops.events.publish(new TaskScheduled(ops.ids.next(), now, tenantId, created.value().taskId(), dueAt, remindAt));
            }
            return created.value();
        });
    }

    /** Checks that what the task follows up is in the tenant; the customer it concerns. */
    private CustomerId concerned(ScheduleTask command) {
        TenantId tenantId = command.tenantId();
        CustomerId customerId = command.customerId();
        if (customerId != null) {
            ops.requireCustomer(tenantId, customerId);
        }
        if (command.leadId() != null) {
            Lead lead = ops.lead(tenantId, command.leadId());
            customerId = customerId != null ? customerId : lead.customerId();
        }
        if (command.opportunityId() != null) {
            Opportunity opportunity = ops.opportunity(tenantId, command.opportunityId());
            customerId = customerId != null ? customerId : opportunity.customerId();
        }
        if (command.accountId() != null) {
            ops.account(tenantId, command.accountId());
        }
        return customerId;
    }

    FollowUpTask close(CloseTask command) {
        ops.check(command, command.status() == TaskStatus.OPEN
                ? List.of(Violation.of("status", command.status(), "must be DONE or CANCELLED")) : List.of());
        Instant now = ops.now();
        return UnitOfWork.retrying(ops.transactions, StaleVersionException.class, () -> {
            FollowUpTask task = ops.task(command.tenantId(), command.taskId());
            if (task.status() == command.status() && Objects.equals(task.outcome(), command.text())) {
                return task;
            }
            if (task.status() != TaskStatus.OPEN) {
                throw new RuleViolationException("task " + task.taskId() + " is already " + task.status() + "; only an OPEN task can be "
                        + (command.status() == TaskStatus.DONE ? "completed" : "cancelled"));
            }
            FollowUpTask closed = task.closed(command.status(), command.text(), now);
            if (!ops.ports.tasks().update(closed, task.version())) {
                throw new StaleVersionException("task", task.taskId(), task.version());
            }
            ops.events.publish(new TaskClosed(ops.ids.next(), now, closed.tenantId(), closed.taskId(), closed.status()));
            return closed;
        });
    }

    /** How many reminders of the tenant's tasks (of every tenant's if null), shard {@code shard} of {@code shards}, were sent. */
    int dueReminders(@Nullable TenantId tenantId, Instant now, int shard, int shards) {
        Objects.requireNonNull(now, "now");
        Shards.check(shard, shards);
        Limits.checkInstant("dueReminders", "now", now);
        int reminded = 0;
        while (true) {
            List<FollowUpTask> due = ops.transactions.inTransaction(() -> ops.ports.tasks().awaitingReminder(tenantId, now, shard, shards, REMINDER_PAGE));
            int before = reminded;
            for (FollowUpTask candidate : due) {
                reminded += remind(candidate, now) ? 1 : 0;
            }
            if (due.size() < REMINDER_PAGE || reminded == before) {
                // a short page was the last; a page all taken by a concurrent run of this shard leaves the rest to that run
                return reminded;
            }
        }
    }

    /** Sends one task's reminder in a unit of work of its own, unless a concurrent run sent it first. */
    private boolean remind(FollowUpTask candidate, Instant now) {
        return ops.transactions.inTransaction(() -> {
            FollowUpTask task = ops.ports.tasks().find(candidate.tenantId(), candidate.taskId()).orElse(null);
            if (task == null || !task.awaitsReminder() || task.remindAt().isAfter(now)
                    || !ops.ports.tasks().update(task.reminded(now), task.version())) {
                return false;
            }
            ops.events.publish(new TaskReminderDue(ops.ids.next(), now, task.tenantId(), task.taskId(), task.owner(), task.dueAt()));
            return true;
        });
    }
}
