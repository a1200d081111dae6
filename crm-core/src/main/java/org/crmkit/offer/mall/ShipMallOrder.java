package org.crmkit.offer.mall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * The host shipped a reserved order of a shipped good. Shipping it again with the same tracking
 * reference changes nothing.
 *
 * @param orderId the mall order
 * @param trackingReference the courier's tracking reference, 1 to 128 characters on one line
 * @since 0.2
 */
public record ShipMallOrder(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) String orderId,
        @NotBlank @Size(max = 128) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String trackingReference) {}
