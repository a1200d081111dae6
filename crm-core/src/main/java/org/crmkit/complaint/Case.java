package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A complaint or after-sales case (投诉, 退货/换货/返修, 咨询). Changed only through {@code
 * ComplaintService}, which keeps the workflow, the audit trail and the SLA bookkeeping in step.
 *
 * @param number the human-readable number, unique in the tenant, e.g. {@code C-2026-000123}
 * @param customerId who raised it
 * @param details what it is about
 * @param priority P1 (most urgent) to P4
 * @param assignee the team and agent working on it
 * @param escalationLevel 0 until escalated, then 1, 2, ...
 * @param status where it is in the workflow
 * @param tierCode the customer's tier when it opened (routing, SLA targets), or null
 * @param requestKey the client's key that makes opening idempotent, or null
 * @param sla targets, pauses and check schedule
 * @param resolution the latest resolution, or null
 * @param satisfaction the latest satisfaction survey, or null
 * @param times milestones
 * @param reopenCount how often it was reopened
 * @param version +1 per change, for optimistic locking
 * @since 0.1
 */
public record Case(
        TenantId tenantId, CaseId id, String number, CustomerId customerId, CaseDetails details, Priority priority, Assignee assignee,
        int escalationLevel, CaseStatus status, @Nullable String tierCode, @Nullable String requestKey, CaseSla sla, @Nullable Resolution resolution,
        @Nullable Satisfaction satisfaction, CaseTimes times, int reopenCount, long version) {

    /** Checks and normalises the components as the record's description says. */
    public Case {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(customerId, "customerId");
        checkNotNull(details, "details");
        checkNotNull(priority, "priority");
        checkNotNull(assignee, "assignee");
        checkArgument(escalationLevel >= 0, "escalationLevel must be >= 0 but was %s", escalationLevel);
        checkNotNull(status, "status");
        checkNotNull(sla, "sla");
        checkNotNull(times, "times");
        checkArgument(reopenCount >= 0, "reopenCount must be >= 0 but was %s", reopenCount);
    }

    /** Shortcut for {@code details().type()}. */
    public CaseType type() {
        return details.type();
    }

    /** The same case one version up, as stored after a change. */
    Case nextVersion() {
        return new Case(tenantId, id, number, customerId, details, priority, assignee, escalationLevel, status, tierCode, requestKey, sla,
                resolution, satisfaction, times, reopenCount, version + 1);
    }

    /** A copy to change. */
    Edit edit() {
        return new Edit(this);
    }

    /** A mutable copy of a case, for the service's state changes. */
    static final class Edit {
        private final Case c;
        Priority priority;
        Assignee assignee;
        int escalationLevel;
        CaseStatus status;
        CaseSla sla;
        Resolution resolution;
        Satisfaction satisfaction;
        CaseTimes times;
        int reopenCount;

        private Edit(Case c) {
            this.c = c;
            priority = c.priority;
            assignee = c.assignee;
            escalationLevel = c.escalationLevel;
            status = c.status;
            sla = c.sla;
            resolution = c.resolution;
            satisfaction = c.satisfaction;
            times = c.times;
            reopenCount = c.reopenCount;
        }

        /** The changed case, at the same version: the service saves it one version up. */
        Case done() {
            return new Case(c.tenantId, c.id, c.number, c.customerId, c.details, priority, assignee, escalationLevel, status, c.tierCode,
                    c.requestKey, sla, resolution, satisfaction, times, reopenCount, c.version);
        }
    }
}
