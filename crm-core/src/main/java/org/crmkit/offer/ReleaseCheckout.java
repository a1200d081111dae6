package org.crmkit.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Gives back what a checkout holds: the order was cancelled before payment. A replay with the same key returns the released checkout.
 *
 * @param tenantId the tenant
 * @param idempotencyKey unique per tenant, 1 to 128 printable ASCII characters
 * @param orderReference the order the checkout was held for
 * @since 0.2
 */
public record ReleaseCheckout(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey,
        @NotBlank @Size(max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String orderReference) {}
