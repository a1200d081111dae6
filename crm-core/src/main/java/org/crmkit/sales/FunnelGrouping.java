package org.crmkit.sales;

/**
 * How the conversion report groups opportunities.
 *
 * @since 0.2
 */
public enum FunnelGrouping {
    /** One group, {@code all}, of every opportunity. */
    ALL,
    /** One group per source. */
    SOURCE,
    /** One group per owner (the owner now, not when each stage was passed). */
    OWNER
}
