package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import org.crmkit.shared.TenantId;

/**
 * Opens a business account (大客户).
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant among account openings
 * @param name the company's name, 1 to 200 characters, one line
 * @param owner the account manager, 1 to 64 characters, one line
 * @param currency the currency of its invoices and credit limit
 * @since 0.2
 */
public record OpenAccount(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String name,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String owner,
        @NotNull Currency currency) {}
