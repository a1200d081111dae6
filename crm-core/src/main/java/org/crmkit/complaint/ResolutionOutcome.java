package org.crmkit.complaint;

/**
 * How a case was settled.
 *
 * @since 0.1
 */
public enum ResolutionOutcome {
    /** Money returned. */
    REFUND,
    /** The goods replaced. */
    REPLACEMENT,
    /** The goods repaired. */
    REPAIR,
    /** Money or goodwill points for the trouble. */
    COMPENSATION,
    /** An answer or apology, nothing handed over. */
    EXPLANATION,
    /** The request was refused; the summary gives the reason. */
    REJECTED
}
