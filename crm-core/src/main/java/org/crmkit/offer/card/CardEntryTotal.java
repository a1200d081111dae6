package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.Money;

/**
 * The sum of one kind of a tenant's card entries in one currency over a period.
 *
 * @param type the kind of entry
 * @param amount their sum
 * @since 0.2
 */
public record CardEntryTotal(CardEntryType type, Money amount) {

    /** Checks the components. */
    public CardEntryTotal {
        checkNotNull(type, "type");
        checkNotNull(amount, "amount");
    }
}
