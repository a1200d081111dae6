package org.crmkit.offer.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Adds money to an active card.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant
 * @param cardId the card
 * @param amount more than zero and at most 10^12 units, in the card's currency
 * @since 0.2
 */
public record TopUpCard(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String cardId,
        @NotNull Money amount) {}
