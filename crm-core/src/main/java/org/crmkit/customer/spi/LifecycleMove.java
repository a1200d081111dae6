package org.crmkit.customer.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.LifecycleStage;

/**
 * Where a lifecycle policy sends a customer, and why.
 *
 * @param target the stage to reach
 * @param reason why, recorded with the move; 1 to 500 characters, no personal data
 * @since 0.1
 */
public record LifecycleMove(LifecycleStage target, String reason) {

    /** Checks and normalises the components as the record's description says. */
    public LifecycleMove {
        checkNotNull(target, "target");
        checkNotNull(reason, "reason");
        checkArgument(!reason.isBlank() && reason.length() <= 500, "reason must be 1 to 500 characters but was %s long", reason.length());
    }

    /** A move to {@code target} because of {@code reason}. */
    public static LifecycleMove to(LifecycleStage target, String reason) {
        return new LifecycleMove(target, reason);
    }
}
