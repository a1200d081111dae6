package org.crmkit.complaint.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.CaseId;
import org.crmkit.shared.TenantId;

/**
 * Tells people a case was escalated. Ids only, no personal data.
 *
 * @param number the case number
 * @param trigger what caused it
 * @param level the level the case is at now
 * @param assignee who holds the case now
 * @param reason the rules' reasons
 * @param at when
 * @since 0.1
 */
public record CaseNotice(TenantId tenantId, CaseId caseId, String number, EscalationTrigger trigger, int level, Assignee assignee,
        String reason, Instant at) {

    /** Checks and normalises the components as the record's description says. */
    public CaseNotice {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(caseId, "caseId");
        checkNotNull(trigger, "trigger");
        checkNotNull(assignee, "assignee");
        checkNotNull(at, "at");
    }
}
