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
    /**
     * A purchase or refund dated before the member's last assessment was reported after it ran, and
     * changes what that assessment decides; the line is dated at the assessment and its note names
     * the fact. See {@link TierService} for when an assessment is re-run.
     */
    REASSESSMENT,
    /** Set by hand. */
    OVERRIDE,
    /** A manual override ran out. */
    OVERRIDE_EXPIRED
}
