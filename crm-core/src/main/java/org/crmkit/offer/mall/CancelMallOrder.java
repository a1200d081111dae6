package org.crmkit.offer.mall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Cancels a mall order before it ships: refunds its points and restores its stock. Cancelling a
 * cancelled order changes nothing.
 *
 * @param orderId the mall order
 * @param actor who cancelled it (staff or job id, or the customer's self-service channel), 1 to 100 characters
 * @since 0.2
 */
public record CancelMallOrder(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) String orderId,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor) {}
