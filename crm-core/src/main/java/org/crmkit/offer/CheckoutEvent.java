package org.crmkit.offer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.Money;

/**
 * Events of a checkout. They carry ids and amounts, never personal data; the aggregate is the
 * order reference.
 *
 * @since 0.2
 */
public sealed interface CheckoutEvent extends DomainEvent permits CheckoutHeld, CheckoutCommitted, CheckoutReleased {

    /** The buyer. */
    CustomerId customerId();

    /** The order. */
    String orderReference();

    /** The cash the order leaves to pay. */
    Money payable();

    /** The points the order uses. */
    long points();

    @Override
    default String aggregateId() {
        return orderReference();
    }
}
