package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Currency;
import org.crmkit.shared.Money;

/**
 * The lifetime totals of a tenant's cards in one currency: the sums of the card rows.
 *
 * @param currency the currency
 * @param cards how many cards
 * @param balance the outstanding balance: what the merchant owes its card holders
 * @param issued initial balances
 * @param toppedUp top-ups
 * @param paid payments
 * @param refunded refunds of payments
 * @param expired balances zeroed on expiry
 * @param transferredIn received from other cards
 * @param transferredOut sent to other cards (equal to {@code transferredIn}: transfers stay within the tenant and currency)
 * @since 0.2
 */
public record CardTotals(
        Currency currency, long cards, Money balance, Money issued, Money toppedUp, Money paid, Money refunded, Money expired,
        Money transferredIn, Money transferredOut) {

    /** Checks the components. */
    public CardTotals {
        checkNotNull(currency, "currency");
    }

    /** issued + topped up = paid - refunded + expired + balance, and transfers cancel out. */
    public boolean isConserved() {
        return issued.plus(toppedUp).equals(paid.minus(refunded).plus(expired).plus(balance)) && transferredIn.equals(transferredOut);
    }
}
