package org.crmkit.sales.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * What a {@link CreditPolicy} sees of a business account: its invoices due in the twelve months up
 * to {@code asOf} and its customer contacts' orders in that time.
 *
 * @param currency the account's currency
 * @param asOf today in the tenant's zone
 * @param invoices the invoices due after {@code asOf} minus 12 months and on or before {@code asOf},
 *     by due date and invoice number
 * @param orders the purchases of the account's customer contacts in those 12 months, in the account's currency
 * @param orderValue what those purchases paid, less refunds
 * @since 0.2
 */
public record PaymentHistory(TenantId tenantId, String accountId, Currency currency, LocalDate asOf, List<AccountInvoice> invoices,
        long orders, Money orderValue) {

    /** How far back the history reaches: 12 months. */
    public static final int MONTHS = 12;

    /** Checks the components and copies the invoices. */
    public PaymentHistory {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(accountId, "accountId");
        checkNotNull(currency, "currency");
        checkNotNull(asOf, "asOf");
        invoices = List.copyOf(invoices);
        checkArgument(orders >= 0, "orders must be >= 0 but was %s", orders);
        checkArgument(orderValue.currency().equals(currency), "orderValue must be in %s but was %s", currency, orderValue);
    }
}
