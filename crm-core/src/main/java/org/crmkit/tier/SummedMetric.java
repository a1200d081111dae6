package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.QualifyingMetric;
import org.jspecify.annotations.Nullable;

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

        long of(FactTotals totals) {
            return switch (this) {
                case GROWTH -> totals.growth();
                case LIFETIME_SPEND, ROLLING_SPEND -> totals.spendUnits();
                case ROLLING_ORDERS -> totals.orders();
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
        return valueAt(null, facts, at, zone);
    }

    /**
     * The metric at {@code at} from the member's facts after {@code earlier}'s instant one by one and
     * the others summed: the same value and explanation as from all the facts one by one, where the
     * summed facts either all count ({@code at} at or after their instant, no window) or none does
     * (the window, {@link #countsAfter}, starts at or after it).
     *
     * @param earlier the facts at or before an instant, summed, or null where {@code facts} are all
     */
    MetricValue valueAt(@Nullable FactTotals earlier, List<MetricFact> facts, Instant at, ZoneId zone) {
        ZonedDateTime end = at.atZone(zone);
        Instant after = countsAfter(at, zone);
        Instant windowStart = after == null ? Instant.MIN : after;
        long sum = 0;
        long counted = 0;
        if (earlier != null) {
            checkArgument(canUse(earlier, at, zone), "facts summed up to %s cannot give the %s at %s", earlier.until(), spec(), at);
            if (after == null) {
                sum = measure.of(earlier);
                counted = earlier.facts();
            }
        }
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

    /**
     * Whether {@link #valueAt(FactTotals, List, Instant, ZoneId)} can give the metric at {@code at}
     * with {@code earlier} summed: its facts all count (no window, {@code at} at or after their
     * instant) or none does (the window starts at or after it).
     */
    boolean canUse(FactTotals earlier, Instant at, ZoneId zone) {
        Instant after = countsAfter(at, zone);
        return after == null ? !at.isBefore(earlier.until()) : !after.isBefore(earlier.until());
    }

    /**
     * The instant after which facts count towards the metric at {@code at}: the window's start
     * (exclusive), or null where every fact up to {@code at} counts.
     */
    @Nullable Instant countsAfter(Instant at, ZoneId zone) {
        return measure.windowed ? at.atZone(zone).minusMonths(windowMonths).toInstant() : null;
    }

    @Override
    public String spec() {
        return measure.windowed ? measure.kind + ":" + windowMonths : measure.kind;
    }
}
