package org.crmkit.complaint;

/**
 * How a case stands against its targets, worst first in severity order.
 *
 * @since 0.1
 */
public enum SlaState {
    /** No target is at risk or breached. */
    ON_TRACK,
    /** A target still running has used its at-risk share (e.g. 80%) of its time. */
    AT_RISK,
    /** A target was missed. */
    BREACHED
}
