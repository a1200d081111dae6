package org.crmkit.offer.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Gives back part or all of a payment to the card it came from. Several partial refunds of one
 * payment together never give back more than it took.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant
 * @param paymentKey the idempotency key of the payment
 * @param amount more than zero and at most what the payment has left to refund, in its currency
 * @since 0.2
 */
public record RefundCardPayment(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String paymentKey,
        @NotNull Money amount) {}
