package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The working time allowed for each {@link SlaMetric}, counted on the tenant's business calendar.
 *
 * @param acknowledge time to acknowledge, positive
 * @param firstResponse time to first response, positive
 * @param resolve time to resolve, positive
 * @since 0.1
 */
public record SlaTargets(Duration acknowledge, Duration firstResponse, Duration resolve) {

    /** 24 hours to acknowledge (JD's promise), 48 to first response, 7 × 24 to resolve. */
    public static final SlaTargets DEFAULT = new SlaTargets(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(168));

    /** Checks and normalises the components as the record's description says. */
    public SlaTargets {
        checkPositive(acknowledge, "acknowledge");
        checkPositive(firstResponse, "firstResponse");
        checkPositive(resolve, "resolve");
    }

    /** Targets in whole hours. */
    public static SlaTargets hours(long acknowledge, long firstResponse, long resolve) {
        return new SlaTargets(Duration.ofHours(acknowledge), Duration.ofHours(firstResponse), Duration.ofHours(resolve));
    }

    /** The target of one metric. */
    public Duration of(SlaMetric metric) {
        return switch (metric) {
            case ACKNOWLEDGE -> acknowledge;
            case FIRST_RESPONSE -> firstResponse;
            case RESOLVE -> resolve;
        };
    }

    private static void checkPositive(Duration d, String name) {
        checkNotNull(d, name);
        checkArgument(d.compareTo(Duration.ZERO) > 0 && d.compareTo(Duration.ofDays(3650)) <= 0, "%s must be positive and at most 10 years but was %s", name, d);
    }
}
