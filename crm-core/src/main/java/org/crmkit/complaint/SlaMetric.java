package org.crmkit.complaint;

/**
 * The three service-level targets of a case, each measured from the moment it was opened.
 *
 * @since 0.1
 */
public enum SlaMetric {
    /** Until the case is acknowledged (受理; JD promises 24 hours). */
    ACKNOWLEDGE,
    /** Until an agent first answers the customer (a reply, a question, or the resolution). */
    FIRST_RESPONSE,
    /** Until the case is resolved; the time it spends resolved before a reopen does not count. */
    RESOLVE
}
