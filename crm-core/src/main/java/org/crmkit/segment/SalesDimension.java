package org.crmkit.segment;

/**
 * What a sales report is broken down by (the seeds' spend by place and by product category, and
 * OLAP-style reports).
 *
 * @since 0.2
 */
public enum SalesDimension {
    /** The month of the purchase in the tenant's zone, e.g. {@code 2025-03}. */
    MONTH,
    /** The region of the buyer's profile ({@code Demographics.region()}), or {@code unknown}. */
    REGION,
    /**
     * The product category of each item: an order's net revenue is split over its items in
     * proportion to what each item was paid, and the order counts once in each of its categories.
     * Items without a category, and orders without items, are {@code uncategorised}.
     */
    CATEGORY,
    /** The order's payment method code as recorded, e.g. {@code ALIPAY}, or {@code unknown}. */
    PAYMENT_METHOD,
    /** The buyer's tier in the report's programme at the end of the purchase day, or {@code none}. */
    TIER,
    /** The order's sales channel code as recorded, e.g. {@code APP}, or {@code unknown}. */
    CHANNEL;

    /** The lower-case column name used in CSV and JSON, e.g. {@code payment_method}. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
