package org.crmkit.sales;

/**
 * Whether an opportunity is still being worked on: it is {@link #OPEN} in any of the funnel's
 * stages, and closes for good when it reaches {@link SalesFunnel#WON} or {@link SalesFunnel#LOST}.
 *
 * @since 0.2
 */
public enum OpportunityStatus {
    /** In one of the funnel's open stages. */
    OPEN,
    /** Won: the deal was closed. */
    WON,
    /** Lost. */
    LOST
}
