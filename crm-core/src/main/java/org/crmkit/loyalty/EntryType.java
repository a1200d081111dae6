package org.crmkit.loyalty;

/**
 * The kinds of ledger entry. Amounts are always positive; the type says which way they move.
 *
 * @since 0.1
 */
public enum EntryType {
    /** Points credited for a purchase, an event bonus or a goodwill grant: creates a lot. */
    EARN,
    /** Points reserved for an order at checkout: taken from lots into a hold. */
    HOLD,
    /** A hold given back (order cancelled, hold timed out): points return to their lots. */
    HOLD_RELEASE,
    /** Points spent: a committed hold (cash offset) or a reward exchange. */
    REDEEM,
    /** Points whose lot reached its expiry date. */
    EXPIRE,
    /** Points clawed back because their order was refunded. */
    REVERSE,
    /** A manual correction with a reason and an actor; credit or debit. */
    ADJUST,
    /** Points given to another member of the tenant. */
    TRANSFER_OUT,
    /** Points received from another member; the lots keep their expiry. */
    TRANSFER_IN
}
