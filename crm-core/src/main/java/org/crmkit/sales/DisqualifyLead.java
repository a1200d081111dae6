package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Disqualifies an open lead, for a reason.
 *
 * @param expectedVersion the lead's version the decision was taken on
 * @param reason 1 to 500 characters
 * @since 0.2
 */
public record DisqualifyLead(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String leadId,
        @Positive long expectedVersion,
        @NotBlank @Size(max = 500) @Pattern(regexp = SalesText.TEXT, message = SalesText.TEXT_MESSAGE) String reason) {}
