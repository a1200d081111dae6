package org.crmkit.offer.card;

/**
 * What a stored-value ledger entry records. Credits raise the balance, debits lower it.
 *
 * @since 0.2
 */
public enum CardEntryType {
    /** The card was issued with its initial balance (a credit, possibly of zero). */
    ISSUE(1),
    /** Money was added (a credit). */
    TOP_UP(1),
    /** Money paid for an order (a debit). */
    PAY(-1),
    /** Part or all of a payment given back (a credit). */
    REFUND(1),
    /** The balance left when the card expired (a debit to zero). */
    EXPIRE(-1),
    /** Money sent to another card of the tenant (a debit). */
    TRANSFER_OUT(-1),
    /** Money received from another card of the tenant (a credit). */
    TRANSFER_IN(1);

    private final int direction;

    CardEntryType(int direction) {
        this.direction = direction;
    }

    /** +1 for a credit, -1 for a debit. */
    public int direction() {
        return direction;
    }
}
