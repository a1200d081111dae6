package org.crmkit.value.scoring;

/**
 * A level of the customer value pyramid (铅/铁/银/金: lead, iron, silver, gold), from the few
 * customers worth most to the many worth least. See {@link ValuePyramid} for the cut points.
 *
 * @since 0.1
 */
public enum ValueLevel {
    /** The top of the pyramid. */
    GOLD,
    /** Below gold. */
    SILVER,
    /** Below silver. */
    IRON,
    /** Everyone else. */
    LEAD
}
