package org.crmkit.complaint.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.SlaMetric;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What an escalation rule may look at.
 *
 * @param number the case number
 * @param level the current escalation level
 * @param trigger why the rules are asked
 * @param metric the SLA metric at risk or breached, or null for other triggers
 * @param recentComplaints for a complaint being opened, the customer's complaints opened within the policy's repeat
 *     window, this one included; 0 for other triggers
 * @param tierCode the customer's tier code, or null
 * @param policy the tenant's escalation settings
 * @since 0.1
 */
public record EscalationFacts(
        TenantId tenantId, CaseId caseId, String number, CaseType type, String category, Priority priority, CaseStatus status, int level,
        Assignee assignee, EscalationTrigger trigger, @Nullable SlaMetric metric, long recentComplaints, int reopenCount, @Nullable String tierCode,
        EscalationPolicy policy) {

    /** Checks and normalises the components as the record's description says. */
    public EscalationFacts {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(caseId, "caseId");
        checkNotNull(trigger, "trigger");
        checkNotNull(policy, "policy");
    }
}
