package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Adds a contact to a business account: a customer of the tenant, a person named here, or both.
 *
 * @param expectedVersion the account's version the change was made on; refused if it moved on
 * @param customerId a customer of the tenant, or null
 * @param name the person's name, 1 to 200 characters, one line, or null (required without a customer)
 * @param role 1 to 64 characters, one line
 * @param phone a work phone, 1 to 64 characters, one line, or null
 * @param email a work email, 1 to 254 characters, one line, or null
 * @since 0.2
 */
public record AddContact(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String accountId,
        @Positive long expectedVersion,
        @Nullable CustomerId customerId,
        @Size(min = 1, max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String name,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String role,
        @Size(min = 1, max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String phone,
        @Size(min = 1, max = 254) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String email) {}
