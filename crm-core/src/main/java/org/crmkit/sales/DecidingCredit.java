package org.crmkit.sales;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.sales.spi.CreditTerms;
import org.crmkit.sales.spi.PaymentHistory;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.Purchase;

/** Gathers an account's last 12 months and asks the credit policy for its terms. */
final class DecidingCredit {

    private final SalesOperations ops;

    DecidingCredit(SalesOperations ops) {
        this.ops = ops;
    }

    CreditTerms terms(TenantId tenantId, String accountId) {
        LocalDate asOf = LocalDate.ofInstant(ops.clock.instant(), ops.zone);
        PaymentHistory history = ops.transactions.inTransaction(() -> history(ops.account(tenantId, accountId), asOf));
        return ops.creditPolicy.decide(history);
    }

    PaymentHistory history(BusinessAccount account, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(PaymentHistory.MONTHS).plusDays(1);
        Instant since = from.atStartOfDay(ops.zone).toInstant();
        long orders = 0;
        Money value = Money.zero(account.currency());
        for (CustomerId customer : account.customerContacts()) {
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            boolean older = false;
            while (!older) {
                Page<Purchase> page = ops.ports.purchases().ofCustomer(account.tenantId(), customer, request);
                for (Purchase purchase : page.items()) {
                    older = purchase.purchasedAt().isBefore(since);
                    if (older) {
                        break;
                    }
                    if (purchase.paid().currency().equals(account.currency())) {
                        orders++;
                        value = value.plus(purchase.paid()).minus(purchase.refunded());
                    }
                }
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                request = PageRequest.after(page.nextCursor().get(), PageRequest.MAX_LIMIT);
            }
        }
        return new PaymentHistory(account.tenantId(), account.accountId(), account.currency(), asOf,
                ops.ports.accounts().invoices(account.tenantId(), account.accountId(), from, asOf), orders, value);
    }
}
