package org.crmkit.tier;

/**
 * Why a member's tier changed.
 *
 * @since 0.1
 */
public enum ChangeReason {
    /** The member joined the ladder (its lowest tier, or higher if the metric already qualified). */
    JOINED,
    /** The metric crossed a higher threshold: upgraded at once. */
    THRESHOLD_CROSSED,
    /** An assessment found the metric below the tier's threshold after the retention period. */
    ASSESSMENT,
    /** Set by hand. */
    OVERRIDE,
    /** A manual override ran out. */
    OVERRIDE_EXPIRED
}
