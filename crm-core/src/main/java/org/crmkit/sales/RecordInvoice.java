package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Records an invoice of a business account, paid or not yet. The invoice number is the idempotency
 * key: recording it again with the same details returns the stored invoice; with other details it
 * is refused.
 *
 * @param invoiceRef 1 to 128 printable ASCII characters, unique in the account
 * @param amount more than zero and at most 10^12 units, in the account's currency
 * @param issuedOn the invoice date
 * @param dueOn the day it is to be paid by, on or after {@code issuedOn}
 * @param paidOn the day it was paid (on or after {@code issuedOn}), or null while unpaid
 * @since 0.2
 */
public record RecordInvoice(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String accountId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String invoiceRef,
        @NotNull Money amount,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate dueOn,
        @Nullable LocalDate paidOn) {}
