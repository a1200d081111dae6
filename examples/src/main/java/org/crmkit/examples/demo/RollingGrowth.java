package org.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.QualifyingMetricFactory;

/**
 * The demo ladder's metric, {@code rolling-growth:N}: growth value (成长值) earned in the last N
 * calendar months in the ladder's zone, so growth expires N months after it was earned and a member
 * who buys less falls at the next assessment after the tier's retention. Refunds take growth back in
 * the window they fall in. Given to the demo's {@code Crm} through {@link #FACTORY}.
 */
record RollingGrowth(int months) implements QualifyingMetric {

    static final String KIND = "rolling-growth";

    /** Recreates the metric from its spec, {@code rolling-growth:12}. */
    static final QualifyingMetricFactory FACTORY = new QualifyingMetricFactory() {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public QualifyingMetric create(String argument) {
            try {
                return new RollingGrowth(Integer.parseInt(argument));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(KIND + " needs a window in months, e.g. '" + KIND + ":12', but was '" + argument + "'", e);
            }
        }
    };

    RollingGrowth {
        checkArgument(months >= 1 && months <= 120, "a %s window must be 1 to 120 months but was %s", KIND, months);
    }

    @Override
    public MetricValue valueAt(List<MetricFact> facts, Instant at, ZoneId zone) {
        ZonedDateTime end = at.atZone(zone);
        Instant from = end.minusMonths(months).toInstant();
        long sum = 0;
        int counted = 0;
        for (MetricFact fact : facts) {
            if (!fact.at().isAfter(at) && fact.at().isAfter(from)) {
                sum += fact.growth();
                counted++;
            }
        }
        return new MetricValue(Math.max(0, sum), "growth value of " + counted + " facts in the " + months + " months to "
                + end.toOffsetDateTime());
    }

    @Override
    public String spec() {
        return KIND + ":" + months;
    }
}
