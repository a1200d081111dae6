package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An invoice of a business account and when it was paid: one line of its payment history.
 *
 * @param invoiceRef the host's invoice number, unique in the account
 * @param amount what was invoiced, in the account's currency
 * @param issuedOn the invoice date, in the tenant's calendar
 * @param dueOn the day by which it was to be paid (on or after {@code issuedOn})
 * @param paidOn the day it was paid, or null while unpaid
 * @param recordedAt when it was recorded
 * @since 0.2
 */
public record AccountInvoice(TenantId tenantId, String accountId, String invoiceRef, Money amount, LocalDate issuedOn, LocalDate dueOn,
        @Nullable LocalDate paidOn, Instant recordedAt) {

    /** Checks the components. */
    public AccountInvoice {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(accountId, "accountId");
        checkNotNull(invoiceRef, "invoiceRef");
        checkNotNull(amount, "amount");
        checkNotNull(issuedOn, "issuedOn");
        checkNotNull(dueOn, "dueOn");
        checkArgument(!dueOn.isBefore(issuedOn), "dueOn (%s) must not be before issuedOn (%s)", dueOn, issuedOn);
        checkNotNull(recordedAt, "recordedAt");
    }

    /** Whether it was paid on or before its due date. */
    public boolean paidOnTime() {
        return paidOn != null && !paidOn.isAfter(dueOn);
    }

    /** Whether, on {@code day}, it is past due: unpaid after its due date, or paid after it. */
    public boolean lateOn(LocalDate day) {
        return paidOn != null ? paidOn.isAfter(dueOn) : day.isAfter(dueOn);
    }

    AccountInvoice paid(LocalDate day) {
        return new AccountInvoice(tenantId, accountId, invoiceRef, amount, issuedOn, dueOn, day, recordedAt);
    }
}
