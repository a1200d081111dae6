package org.crmkit.complaint;

/**
 * What an audit entry records.
 *
 * @since 0.1
 */
public enum CaseAction {
    /** The case was opened. */
    OPENED,
    /** The case moved to another status. */
    STATUS_CHANGED,
    /** The first response went to the customer. */
    RESPONDED,
    /** The case was assigned to a team or an agent. */
    ASSIGNED,
    /** The case was escalated a level. */
    ESCALATED,
    /** An SLA target is close to being missed. */
    SLA_AT_RISK,
    /** An SLA target was missed. */
    SLA_BREACHED,
    /** The customer rated how the case was handled. */
    SATISFACTION_RECORDED
}
