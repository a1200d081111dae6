package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Predictive customer lifetime value, computed as {@code lifetimes}' GammaGammaFitter
 * customer_lifetime_value does so both give the same numbers: with f the periods per month of the
 * unit (30 days or 4.345 weeks, {@link PeriodUnit#periodsPerMonth()}),
 * CLV = Σ_{i=1..months} margin · s · (E[purchases in (0, i·f]] − E[purchases in (0, (i−1)·f]]) / (1 + d)^i,
 * where E is the purchase model's (BG/NBD, MBG/NBD or Pareto/NBD) conditional expectation for the customer's history and s the Gamma-Gamma
 * expected spend per purchase (the population mean for customers without repeats). A margin of 1
 * gives {@code lifetimes}' figure, which has no margin.
 *
 * @param months              horizon in months, ≥ 1 ({@code lifetimes}' time, default 12)
 * @param monthlyDiscountRate discount rate per month, ≥ 0 ({@code lifetimes}' discount_rate, default 0.01)
 * @param margin              profit margin applied to spend, in (0, 1] typically; 1 for revenue
 * @since 0.1
 */
public record CustomerLifetimeValue(int months, double monthlyDiscountRate, double margin) {

    /** Checks the horizon, rate and margin. */
    public CustomerLifetimeValue {
        checkArgument(months >= 1, "months must be >= 1 but was %s", months);
        checkArgument(monthlyDiscountRate >= 0 && Double.isFinite(monthlyDiscountRate),
                "monthly discount rate must be finite and >= 0 but was %s", monthlyDiscountRate);
        checkArgument(margin > 0 && Double.isFinite(margin), "margin must be finite and > 0 but was %s", margin);
    }

    /** A horizon and discount rate with margin 1 (revenue, as {@code lifetimes}). */
    public static CustomerLifetimeValue of(int months, double monthlyDiscountRate) {
        return new CustomerLifetimeValue(months, monthlyDiscountRate, 1.0);
    }

    /** The same horizon and rate with another margin. */
    public CustomerLifetimeValue withMargin(double margin) {
        return new CustomerLifetimeValue(months, monthlyDiscountRate, margin);
    }

    /** CLV of one customer, spend per purchase from the Gamma-Gamma model. */
    public double value(PurchaseModel purchases, GammaGammaModel spend, PeriodUnit unit, int x, double tx, double age,
            double monetaryValue) {
        return valueWithSpend(purchases, unit, x, tx, age, spend.expectedAverageSpend(x, monetaryValue));
    }

    /** CLV of one customer with a given spend per purchase ({@code lifetimes}' _customer_lifetime_value). */
    public double valueWithSpend(PurchaseModel purchases, PeriodUnit unit, int x, double tx, double age, double spendPerPurchase) {
        return margin * spendPerPurchase * discountedPurchases(purchases, unit, x, tx, age);
    }

    /** CLV of every customer of {@code summary}, by index; the purchase part once per distinct history, on all cores. */
    public double[] values(PurchaseModel purchases, GammaGammaModel spend, RepeatPurchaseSummary summary) {
        double[] values = discountedPurchases(purchases, summary);
        for (int i = 0; i < values.length; i++) {
            values[i] *= margin * spend.expectedAverageSpend(summary.frequency(i), summary.monetaryValue(i));
        }
        return values;
    }

    /**
     * Each customer's discounted expected purchases over the horizon (CLV before spend and
     * margin), computed once per distinct history.
     */
    double[] discountedPurchases(PurchaseModel purchases, RepeatPurchaseSummary summary) {
        return summary.histories().perCustomer((x, tx, age) -> discountedPurchases(purchases, summary.unit(), x, tx, age));
    }

    /** Σ over months of the purchases expected in the month, discounted to today. */
    private double discountedPurchases(PurchaseModel purchases, PeriodUnit unit, int x, double tx, double age) {
        checkNotNull(unit, "unit");
        double factor = unit.periodsPerMonth();
        double value = 0;
        double before = 0;
        for (int step = 1; step <= months; step++) {
            double t = step * factor;
            double upTo = purchases.expectedPurchases(t, x, tx, age);
            value += (upTo - before) / Math.pow(1 + monthlyDiscountRate, t / factor);
            before = upTo;
        }
        return value;
    }
}
