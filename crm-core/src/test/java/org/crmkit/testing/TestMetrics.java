package org.crmkit.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.QualifyingMetricFactory;

/**
 * Qualifying metrics of the tests' own: one to register on the builder, one that crm-core's test
 * resources list in {@code META-INF/services} for {@link java.util.ServiceLoader}.
 */
public final class TestMetrics {

    private TestMetrics() {}

    /** Growth value from activities only (facts without an order); kind {@code activity-growth}. */
    public record ActivityGrowth() implements QualifyingMetric {

        @Override
        public MetricValue valueAt(List<MetricFact> facts, Instant at, ZoneId zone) {
            long sum = facts.stream().filter(f -> f.orderId() == null && !f.at().isAfter(at)).mapToLong(MetricFact::growth).sum();
            return new MetricValue(Math.max(0, sum), "growth from activities up to " + at);
        }

        @Override
        public String spec() {
            return "activity-growth";
        }
    }

    /** Makes {@link ActivityGrowth}; given to the builder by the tests. */
    public static final class ActivityGrowthFactory implements QualifyingMetricFactory {

        @Override
        public String kind() {
            return "activity-growth";
        }

        @Override
        public QualifyingMetric create(String argument) {
            return new ActivityGrowth();
        }
    }

    /** Spend since 1 January of the year asked about, in the ladder's zone; kind {@code calendar-year-spend}. */
    public record CalendarYearSpend() implements QualifyingMetric {

        @Override
        public MetricValue valueAt(List<MetricFact> facts, Instant at, ZoneId zone) {
            Instant newYear = at.atZone(zone).toLocalDate().withDayOfYear(1).atStartOfDay(zone).toInstant();
            long sum = facts.stream().filter(f -> !f.at().isBefore(newYear) && !f.at().isAfter(at)).mapToLong(MetricFact::spendUnits).sum();
            return new MetricValue(Math.max(0, sum), "spend since " + newYear.atZone(zone).toLocalDate());
        }

        @Override
        public String spec() {
            return "calendar-year-spend";
        }
    }

    /** Makes {@link CalendarYearSpend}; found through {@code META-INF/services}. */
    public static final class CalendarYearSpendFactory implements QualifyingMetricFactory {

        @Override
        public String kind() {
            return "calendar-year-spend";
        }

        @Override
        public QualifyingMetric create(String argument) {
            return new CalendarYearSpend();
        }
    }
}
