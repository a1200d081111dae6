package org.crmkit.sales;

/**
 * Where a lead stands. A lead starts {@link #OPEN}; qualifying it opens an opportunity and makes it
 * {@link #QUALIFIED}; disqualifying it with a reason makes it {@link #DISQUALIFIED}. Both are final.
 * Converting a lead into a customer is separate: an open or qualified lead may be linked to a customer.
 *
 * @since 0.2
 */
public enum LeadStatus {
    /** Being worked on. */
    OPEN,
    /** Qualified into an opportunity. */
    QUALIFIED,
    /** Not worth pursuing, for a recorded reason. */
    DISQUALIFIED
}
