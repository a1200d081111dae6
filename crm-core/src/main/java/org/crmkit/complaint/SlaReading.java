package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One SLA target of a case, read at an instant on the tenant's calendar.
 *
 * @param metric which target
 * @param target the working time allowed
 * @param elapsed the working time used, pauses excluded (up to the moment it was met, if met)
 * @param remaining target minus elapsed; negative once breached
 * @param dueAt when it falls due if the clock keeps running; null while paused or once met
 * @param metAt when it was met, or null
 * @param breached true if elapsed exceeds the target
 * @param paused true while the clock stands still (waiting on the customer, resolved, cancelled)
 * @since 0.1
 */
public record SlaReading(SlaMetric metric, Duration target, Duration elapsed, Duration remaining, @Nullable Instant dueAt, @Nullable Instant metAt,
        boolean breached, boolean paused) {

    /** Elapsed divided by target: 1.0 at the due instant. */
    public double share() {
        return (double) elapsed.toNanos() / target.toNanos();
    }
}
