package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * An estimate with its 95% confidence interval.
 *
 * @since 0.2
 */
public record Interval(double estimate, double low, double high) {

    /** Checks that the interval holds the estimate. */
    public Interval {
        checkArgument(low <= estimate && estimate <= high, "need low %s <= estimate %s <= high %s", low, estimate, high);
    }

    /** Whether {@code value} lies in the interval (ends included). */
    public boolean covers(double value) {
        return low <= value && value <= high;
    }
}
