package org.crmkit.complaint.spi;

/**
 * What made the service ask the escalation rules.
 *
 * @since 0.1
 */
public enum EscalationTrigger {
    /** A case was opened. */
    OPENED,
    /** A running target used its at-risk share of time. */
    SLA_AT_RISK,
    /** A running target was missed. */
    SLA_BREACHED,
    /** A resolved case was reopened. */
    REOPENED,
    /** Someone escalated the case by hand. */
    MANUAL
}
