package org.crmkit.tier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Computes a member's qualifying metric at a moment from their facts. */
final class Metrics {

    private Metrics() {}

    /** The metric at {@code at}: facts up to and including {@code at}, never below 0. */
    static long valueAt(TierPolicy policy, List<MetricFact> facts, Instant at, ZoneId zone) {
        Instant windowStart = at.atZone(zone).minusMonths(policy.windowMonths()).toInstant();
        long value = 0;
        for (MetricFact fact : facts) {
            if (fact.at().isAfter(at)) {
                continue;
            }
            boolean inWindow = fact.at().isAfter(windowStart);
            value += switch (policy.metric()) {
                case GROWTH_VALUE -> fact.growth();
                case LIFETIME_SPEND -> fact.spendUnits();
                case ROLLING_SPEND -> inWindow ? fact.spendUnits() : 0;
                case ROLLING_ORDERS -> inWindow ? fact.orders() : 0;
            };
        }
        return Math.max(0, value);
    }
}
