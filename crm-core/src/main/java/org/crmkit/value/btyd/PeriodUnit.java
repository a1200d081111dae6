package org.crmkit.value.btyd;

/**
 * The unit in which a {@link RepeatPurchaseSummary} measures recency and age, and in which fitted
 * models predict. Weeks are days / 7 (elapsed days, not calendar weeks), as in the BTYD papers.
 *
 * @since 0.1
 */
public enum PeriodUnit {
    /** One calendar day. A month is 30 periods in the lifetime-value sum. */
    DAYS(1.0, 30.0),
    /** Seven days. A month is 4.345 periods in the lifetime-value sum. */
    WEEKS(7.0, 4.345);

    private final double days;
    private final double periodsPerMonth;

    PeriodUnit(double days, double periodsPerMonth) {
        this.days = days;
        this.periodsPerMonth = periodsPerMonth;
    }

    /** Length of one period in days. */
    public double days() {
        return days;
    }

    /**
     * Periods in one month as {@code lifetimes}' customer_lifetime_value counts them: 30 days or
     * 4.345 weeks.
     */
    public double periodsPerMonth() {
        return periodsPerMonth;
    }

    /** {@code days} expressed in this unit. */
    public double fromDays(long days) {
        return days / this.days;
    }
}
