package org.crmkit.offer.card;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Issues a card with an initial balance in its currency.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant
 * @param cardId the new card's id or number, 1 to 64 printable ASCII characters, not yet used in the tenant
 * @param customerId the owner, who must exist in the tenant; null for a bearer gift card, which
 *     anyone holding its number may spend and which no customer's privacy export lists
 * @param initialBalance zero to 10^12 units; its currency is the card's
 * @param expiry when the balance expires
 * @since 0.2
 */
public record IssueCard(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = CardKeys.PATTERN, message = CardKeys.MESSAGE) String cardId,
        @Nullable CustomerId customerId,
        @NotNull Money initialBalance,
        @NotNull @Valid CardExpiry expiry) {}
