package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Removes a contact from a business account, with its personal data.
 *
 * @param expectedVersion the account's version the change was made on; refused if it moved on
 * @since 0.2
 */
public record RemoveContact(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String accountId,
        @Positive long expectedVersion,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String contactId) {}
