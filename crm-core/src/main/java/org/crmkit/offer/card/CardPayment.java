package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A payment from a card and how much of it was refunded so far: refunds never give back more than
 * the payment took.
 *
 * @param tenantId the tenant
 * @param paymentKey the payment's idempotency key, by which refunds name it
 * @param cardId the card it was paid from
 * @param orderReference the order it paid for
 * @param amount what it took
 * @param refunded what refunds gave back so far, from zero to {@code amount}
 * @since 0.2
 */
public record CardPayment(TenantId tenantId, String paymentKey, String cardId, String orderReference, Money amount, Money refunded) {

    /** Checks that {@code refunded} is between zero and {@code amount}. */
    public CardPayment {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(paymentKey, "paymentKey");
        checkNotNull(cardId, "cardId");
        checkNotNull(orderReference, "orderReference");
        checkArgument(!refunded.isNegative() && refunded.compareTo(amount) <= 0, "payment %s refunded %s of %s", paymentKey, refunded, amount);
    }

    /** What may still be refunded. */
    public Money refundable() {
        return amount.minus(refunded);
    }

    /** The payment after a refund of {@code more}. */
    CardPayment refundedBy(Money more) {
        return new CardPayment(tenantId, paymentKey, cardId, orderReference, amount, refunded.plus(more));
    }
}
