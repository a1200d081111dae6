package org.crmkit.offer.coupon;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * A customer claims a coupon with a code (see {@link DefineCouponCodes}). Each customer claims a
 * code at most once: claiming it again returns the coupon of the first claim.
 *
 * @param code the code, 1 to 64 printable ASCII characters
 * @since 0.2
 */
public record ClaimCode(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String code) {}
