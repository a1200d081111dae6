package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * Limits on paying an order with points.
 *
 * @param maxShareOfOrder the largest share of the order's payable amount points may pay, in (0, 1]
 * @param minimumPoints the fewest points one redemption may use, at least 1
 * @param multipleOf redemptions are whole multiples of this many points, at least 1
 * @since 0.1
 */
public record RedemptionLimits(BigDecimal maxShareOfOrder, long minimumPoints, long multipleOf) {

    /** Up to the whole order, any amount of at least one point. */
    public static final RedemptionLimits NONE = new RedemptionLimits(BigDecimal.ONE, 1, 1);

    /** Checks and normalises the components as the record's description says. */
    public RedemptionLimits {
        checkNotNull(maxShareOfOrder, "maxShareOfOrder");
        checkArgument(maxShareOfOrder.signum() > 0 && maxShareOfOrder.compareTo(BigDecimal.ONE) <= 0,
                "maxShareOfOrder must be in (0, 1] but was %s", maxShareOfOrder);
        checkArgument(minimumPoints >= 1, "minimumPoints must be >= 1 but was %s", minimumPoints);
        checkArgument(multipleOf >= 1, "multipleOf must be >= 1 but was %s", multipleOf);
        maxShareOfOrder = maxShareOfOrder.stripTrailingZeros();
    }
}
