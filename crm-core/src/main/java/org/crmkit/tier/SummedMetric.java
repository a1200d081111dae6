package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.QualifyingMetric;

/** The built-in metrics: one field of the facts summed, over all time or a rolling window of months. */
record SummedMetric(Measure measure, int windowMonths) implements QualifyingMetric {

    /** What is summed. */
    enum Measure {
        GROWTH("growth-value", "growth value", false),
        LIFETIME_SPEND("lifetime-spend", "spend", false),
        ROLLING_SPEND("rolling-spend", "spend", true),
        ROLLING_ORDERS("rolling-orders", "orders", true);

        final String kind;
        final String label;
        final boolean windowed;

        Measure(String kind, String label, boolean windowed) {
            this.kind = kind;
            this.label = label;
            this.windowed = windowed;
        }

        long of(MetricFact fact) {
            return switch (this) {
                case GROWTH -> fact.growth();
                case LIFETIME_SPEND, ROLLING_SPEND -> fact.spendUnits();
                case ROLLING_ORDERS -> fact.orders();
            };
        }
    }

    SummedMetric {
        checkNotNull(measure, "measure");
        checkArgument(measure.windowed ? windowMonths >= 1 && windowMonths <= 120 : windowMonths == 0,
                "a %s window must be 1 to 120 months but was %s", measure.kind, windowMonths);
    }

    @Override
    public MetricValue valueAt(List<MetricFact> facts, Instant at, ZoneId zone) {
        ZonedDateTime end = at.atZone(zone);
        Instant windowStart = measure.windowed ? end.minusMonths(windowMonths).toInstant() : Instant.MIN;
        long sum = 0;
        int counted = 0;
        for (MetricFact fact : facts) {
            if (!fact.at().isAfter(at) && fact.at().isAfter(windowStart)) {
                sum += measure.of(fact);
                counted++;
            }
        }
        String scope = measure.windowed ? " in the " + windowMonths + " months to " : " up to ";
        return new MetricValue(Math.max(0, sum), measure.label + " of " + counted + " facts" + scope + end.toOffsetDateTime()
                + (sum < 0 ? ", " + sum + " raised to 0" : ""));
    }

    @Override
    public String spec() {
        return measure.windowed ? measure.kind + ":" + windowMonths : measure.kind;
    }
}
