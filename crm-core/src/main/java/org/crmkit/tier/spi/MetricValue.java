package org.crmkit.tier.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A member's qualifying metric at a moment, with how it came about.
 *
 * @param value the metric, >= 0 (growth value points, whole currency units, or orders)
 * @param explanation what was counted, in words, e.g. {@code "spend of 3 facts in the 12 months to 2026-07-01T00:00+08:00"}
 * @since 0.1
 */
public record MetricValue(long value, String explanation) {

    /** Checks and normalises the components as the record's description says. */
    public MetricValue {
        checkArgument(value >= 0, "a metric must be >= 0 but was %s", value);
        checkNotNull(explanation, "explanation");
    }
}
