package org.crmkit.offer.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Moves money from one active card to another of the same tenant and currency, atomically.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant
 * @param fromCardId the giving card
 * @param toCardId the receiving card, not the giving one
 * @param amount more than zero and at most 10^12 units, in both cards' currency
 * @since 0.2
 */
public record TransferBetweenCards(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String fromCardId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String toCardId,
        @NotNull Money amount) {}
