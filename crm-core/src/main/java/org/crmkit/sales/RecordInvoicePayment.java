package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crmkit.shared.TenantId;

/**
 * Records the day an unpaid invoice was paid. Recording the same day again changes nothing; another
 * day is refused.
 *
 * @param paidOn on or after the invoice date
 * @since 0.2
 */
public record RecordInvoicePayment(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String accountId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String invoiceRef,
        @NotNull LocalDate paidOn) {}
