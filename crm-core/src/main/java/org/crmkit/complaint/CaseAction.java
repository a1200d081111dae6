package org.crmkit.complaint;

/**
 * What an audit entry records.
 *
 * @since 0.1
 */
public enum CaseAction {
    OPENED,
    STATUS_CHANGED,
    RESPONDED,
    ASSIGNED,
    ESCALATED,
    SLA_AT_RISK,
    SLA_BREACHED,
    SATISFACTION_RECORDED
}
