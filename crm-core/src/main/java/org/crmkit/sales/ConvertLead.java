package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Converts a lead that is not disqualified into a customer: links it to {@code existingCustomer},
 * or registers a new customer under the lead's name through the customer service.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters; replaying the conversion returns the lead as converted
 * @param expectedVersion the lead's version the decision was taken on
 * @param existingCustomer a customer of the tenant to link, or null to register one
 * @param sourceChannel the new customer's source channel (ignored when linking)
 * @since 0.2
 */
public record ConvertLead(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String leadId,
        @Positive long expectedVersion,
        @Nullable CustomerId existingCustomer,
        @NotNull SourceChannel sourceChannel) {}
