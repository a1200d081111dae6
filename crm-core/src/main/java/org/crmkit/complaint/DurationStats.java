package org.crmkit.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Mean and 90th percentile (nearest rank) of some durations; both zero when there are none.
 *
 * @param count how many durations
 * @since 0.1
 */
public record DurationStats(long count, Duration mean, Duration p90) {

    /** Statistics of {@code values}. */
    public static DurationStats of(List<Duration> values) {
        if (values.isEmpty()) {
            return new DurationStats(0, Duration.ZERO, Duration.ZERO);
        }
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        Duration total = Duration.ZERO;
        for (Duration d : sorted) {
            total = total.plus(d);
        }
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return new DurationStats(sorted.size(), total.dividedBy(sorted.size()), sorted.get(rank - 1));
    }
}
