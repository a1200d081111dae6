package org.crmkit.complaint;

/**
 * How urgent a case is, {@link #P1} the most.
 *
 * @since 0.1
 */
public enum Priority {
    /** Critical: safety, legal exposure, a very valuable customer's outage. */
    P1,
    /** High. */
    P2,
    /** Normal; the default. */
    P3,
    /** Low. */
    P4
}
