package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How many churn reasons of one code, side and occasion were recorded in a period.
 *
 * @since 0.2
 */
public record ChurnReasonCount(String code, ChurnSide side, ChurnOccasion occasion, long count) {

    /** Checks the components. */
    public ChurnReasonCount {
        checkNotNull(code, "code");
        checkNotNull(side, "side");
        checkNotNull(occasion, "occasion");
        checkArgument(count >= 0, "count must be >= 0 but was %s", count);
    }
}
