package org.crmkit.customer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;

/**
 * Events of the customer context. They carry ids and facts, never personal data.
 *
 * @since 0.1
 */
public sealed interface CustomerEvent extends DomainEvent
        permits CustomerRegistered, CustomerProfileChanged, LifecycleStageChanged, InteractionRecorded, CustomerErased,
                ChurnReasonRecorded {

    /** The customer concerned. */
    CustomerId customerId();

    @Override
    default String aggregateId() {
        return customerId().value();
    }
}
