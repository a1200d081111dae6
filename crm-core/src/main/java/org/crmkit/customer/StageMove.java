package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;

/**
 * A change of one customer's lifecycle stage for {@link CustomerRepository#moveStages}: the stored
 * customer at {@code fromVersion} gets {@code to}, version {@code fromVersion + 1} and {@code at}
 * as its last update; nothing else of the profile changes.
 *
 * @param customerId the customer
 * @param to the new stage
 * @param fromVersion the version the stage was read at
 * @param at when the change happens
 * @since 0.2
 */
public record StageMove(CustomerId customerId, LifecycleStage to, long fromVersion, Instant at) {

    /** Checks the components. */
    public StageMove {
        checkNotNull(customerId, "customerId");
        checkNotNull(to, "to");
        checkNotNull(at, "at");
    }
}
