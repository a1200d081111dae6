package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import org.crmkit.shared.Money;

/**
 * One group of a campaign's audience (target or control) over the attribution window.
 *
 * @param customers the group's size
 * @param responders customers with at least one purchase in the window
 * @param revenue what the group paid in the window, net of refunds, in the report's currency
 * @param revenueSquares the sum over the group's customers of the square of each one's revenue (in
 *     currency units), for the variance
 * @since 0.2
 */
public record GroupResult(long customers, long responders, Money revenue, double revenueSquares) {

    /** Checks the counts. */
    public GroupResult {
        checkArgument(customers >= 0 && responders >= 0 && responders <= customers, "need 0 <= responders %s <= customers %s", responders,
                customers);
        checkNotNull(revenue, "revenue");
        checkArgument(revenueSquares >= 0, "revenueSquares must be >= 0 but was %s", revenueSquares);
    }

    /** Responders over customers; 0 for an empty group. */
    public double responseRate() {
        return customers == 0 ? 0 : (double) responders / customers;
    }

    /** Revenue per customer; 0 for an empty group. */
    public BigDecimal revenuePerCustomer() {
        return customers == 0 ? BigDecimal.ZERO : revenue.amount().divide(BigDecimal.valueOf(customers), MathContext.DECIMAL64);
    }

    /** The sample variance of revenue per customer (n - 1 in the denominator); 0 below two customers. */
    public double revenueVariance() {
        if (customers < 2) {
            return 0;
        }
        double mean = revenuePerCustomer().doubleValue();
        return Math.max(0, (revenueSquares - customers * mean * mean) / (customers - 1));
    }
}
