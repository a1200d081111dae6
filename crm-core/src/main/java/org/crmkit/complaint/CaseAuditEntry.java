package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's audit trail: who did what, when, from which status to which.
 *
 * @param sequence 1, 2, 3, ... per case
 * @param at when
 * @param actor who (an agent id, {@code system:sla} for the SLA check, ...)
 * @param action what
 * @param from the status before
 * @param to the status after (the same as {@code from} when the status did not change)
 * @param note free text, or null
 * @since 0.1
 */
public record CaseAuditEntry(
        TenantId tenantId, CaseId caseId, long sequence, Instant at, String actor, CaseAction action, CaseStatus from, CaseStatus to,
        @Nullable String note) {

    /** Checks and normalises the components as the record's description says. */
    public CaseAuditEntry {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(caseId, "caseId");
        checkArgument(sequence >= 1, "sequence must be >= 1 but was %s", sequence);
        checkNotNull(at, "at");
        checkNotNull(actor, "actor");
        checkNotNull(action, "action");
        checkNotNull(to, "to");
    }
}
