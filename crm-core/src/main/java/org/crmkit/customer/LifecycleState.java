package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;

/**
 * What moving a customer's lifecycle stage needs to know of them, read for many customers at once
 * ({@link CustomerRepository#lifecycleStates}).
 *
 * @param customerId the customer
 * @param stage their stored stage
 * @param version the stored version, which a move checks ({@link StageMove#fromVersion})
 * @param erased whether the customer was erased (an erased customer's stage never moves)
 * @since 0.2
 */
public record LifecycleState(CustomerId customerId, LifecycleStage stage, long version, boolean erased) {

    /** Checks the components. */
    public LifecycleState {
        checkNotNull(customerId, "customerId");
        checkNotNull(stage, "stage");
    }
}
