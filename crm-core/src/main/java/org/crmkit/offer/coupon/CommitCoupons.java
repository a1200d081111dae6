package org.crmkit.offer.coupon;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Uses the coupons locked for a paid order. Committing a committed lock again returns it unchanged.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, named in the events
 * @since 0.2
 */
public record CommitCoupons(
        @NotNull TenantId tenantId,
        @NotBlank @Size(max = 128) String orderReference,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey) {}
