package org.crmkit.value.history;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;

/**
 * Events of the customer-value context.
 *
 * @since 0.1
 */
public sealed interface ValueEvent extends DomainEvent permits PurchaseRecorded, PurchaseRefunded {

    /** The customer. */
    CustomerId customerId();

    @Override
    default String aggregateId() {
        return customerId().value();
    }
}
