package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.crmkit.shared.Money;

/**
 * What a campaign changed, estimated from its target group against its random control group.
 *
 * <h2>Statistics</h2>
 *
 * The holdout is random, so the control group estimates what the target group would have done
 * without the campaign, and the difference of the groups' means is an unbiased estimate of the
 * effect per targeted customer. Each interval is a two-sided 95% interval from the normal
 * approximation to the difference of two independent means with unequal variances (Welch):
 * <pre>
 *   d  = mean(target) - mean(control)
 *   se = sqrt(s²(target) / n(target) + s²(control) / n(control))     (s² the sample variance, n - 1)
 *   95% interval = d ± 1.959964 · se
 * </pre>
 * For the response rate the means are the responders' shares and s² = p(1 - p) · n / (n - 1). The
 * incremental revenue is d times the target group's size, and so is its interval. By the central
 * limit theorem the interval covers the true effect about 95% of the time once each group has a few
 * hundred customers; with small groups or very skewed revenue it covers less often. When a group has
 * fewer than two customers the interval is the estimate alone: nothing can be said about its spread.
 *
 * @param responseRate the target's response rate minus the control's
 * @param revenuePerCustomer the target's revenue per customer minus the control's, in currency units
 * @param incrementalRevenue {@code revenuePerCustomer} times the target group's size, rounded half-even
 * @param incrementalLow the low end of its interval, rounded down
 * @param incrementalHigh the high end of its interval, rounded up
 * @since 0.2
 */
public record Uplift(Interval responseRate, Interval revenuePerCustomer, Money incrementalRevenue, Money incrementalLow,
        Money incrementalHigh) {

    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /**
     * The uplift of {@code target} over {@code control}.
     *
     * @throws IllegalArgumentException if the groups' revenues are in different currencies
     */
    public static Uplift between(GroupResult target, GroupResult control) {
        checkNotNull(target, "target");
        checkNotNull(control, "control");
        checkArgument(target.revenue().currency().equals(control.revenue().currency()), "the groups' revenues must share a currency");
        boolean spread = target.customers() >= 2 && control.customers() >= 2;
        double pt = target.responseRate();
        double pc = control.responseRate();
        double rateSe = spread ? Math.sqrt(binomialVariance(pt, target.customers()) / target.customers()
                + binomialVariance(pc, control.customers()) / control.customers()) : 0;
        Interval rate = around(pt - pc, rateSe);
        BigDecimal perCustomer = target.revenuePerCustomer().subtract(control.revenuePerCustomer(), MathContext.DECIMAL64);
        double revenueSe = spread ? Math.sqrt(target.revenueVariance() / target.customers() + control.revenueVariance() / control.customers()) : 0;
        Interval revenue = around(perCustomer.doubleValue(), revenueSe);
        BigDecimal n = BigDecimal.valueOf(target.customers());
        BigDecimal halfWidth = BigDecimal.valueOf(Z95 * revenueSe).multiply(n, MathContext.DECIMAL64);
        BigDecimal incremental = perCustomer.multiply(n, MathContext.DECIMAL64);
        var currency = target.revenue().currency();
        return new Uplift(rate, revenue, Money.of(incremental, currency, RoundingMode.HALF_EVEN),
                Money.of(incremental.subtract(halfWidth), currency, RoundingMode.FLOOR),
                Money.of(incremental.add(halfWidth), currency, RoundingMode.CEILING));
    }

    private static double binomialVariance(double p, long n) {
        return p * (1 - p) * n / (n - 1);
    }

    private static Interval around(double estimate, double se) {
        return new Interval(estimate, estimate - Z95 * se, estimate + Z95 * se);
    }
}
