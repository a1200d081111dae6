package org.crmkit.offer.card;

/**
 * Where a stored-value card is in its life.
 *
 * @since 0.2
 */
public enum CardStatus {
    /** It may be topped up, paid from, refunded to and transferred from or to. */
    ACTIVE,
    /** Its expiry passed and the batch job zeroed its balance; it takes no more operations. */
    EXPIRED
}
