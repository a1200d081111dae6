package org.crmkit.tier.spi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.tier.MetricFact;

/**
 * SPI: what decides a member's tier, computed from the member's metric facts (purchases, refunds,
 * growth grants). Built-ins are in {@code QualifyingMetrics}; supply others through a {@link
 * QualifyingMetricFactory}. Implementations must be immutable, thread-safe and side-effect free,
 * and give the same value for the same facts.
 *
 * @since 0.1
 */
public interface QualifyingMetric {

    /**
     * The metric at {@code at}.
     *
     * @param facts the member's facts, oldest first, including some after {@code at} (ignore those)
     * @param at the moment asked about: now, or an assessment day's midnight
     * @param zone the ladder's zone, for calendar windows
     * @return the value, never below 0, with an explanation
     */
    MetricValue valueAt(List<MetricFact> facts, Instant at, ZoneId zone);

    /**
     * The text that recreates this metric through its factory, {@code kind} or {@code
     * kind:argument}, e.g. {@code rolling-spend:12}. Stored with the ladder.
     */
    String spec();
}
