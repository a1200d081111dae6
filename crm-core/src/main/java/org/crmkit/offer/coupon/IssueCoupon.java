package org.crmkit.offer.coupon;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Issues one coupon of a template to one customer.
 *
 * @param templateId the template, in the tenant
 * @param idempotencyKey unique per tenant, 1 to 128 printable ASCII characters: a replay returns
 *     the coupon first issued
 * @since 0.2
 */
public record IssueCoupon(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) String templateId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey) {}
