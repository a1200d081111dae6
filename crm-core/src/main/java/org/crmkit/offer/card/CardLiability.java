package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Currency;
import org.crmkit.shared.Money;

/**
 * The stored-value liability of a tenant in one currency: what the merchant owes its card holders
 * now, and what moved over a period.
 *
 * @param currency the currency
 * @param cards how many cards the tenant has in the currency
 * @param outstanding the sum of the balances now
 * @param from the period's start, inclusive
 * @param until the period's end, exclusive
 * @param issued initial balances issued in the period
 * @param toppedUp top-ups in the period
 * @param paid payments in the period
 * @param refunded refunds in the period
 * @param expired balances expired in the period
 * @since 0.2
 */
public record CardLiability(
        Currency currency, long cards, Money outstanding, Instant from, Instant until, Money issued, Money toppedUp, Money paid,
        Money refunded, Money expired) {

    /** Checks the components. */
    public CardLiability {
        checkNotNull(currency, "currency");
        checkNotNull(outstanding, "outstanding");
    }
}
