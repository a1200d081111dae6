package org.crmkit.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.BusinessAccounts;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/** Business accounts by tenant and id; invoices by tenant, account and number. */
final class InMemoryBusinessAccounts implements BusinessAccounts {

    private record InvoiceKey(TenantId tenantId, String accountId, String invoiceRef) {}

    private final InMemoryTransactions transactions;
    private final VersionedRows<BusinessAccount> rows;
    private final Map<InvoiceKey, AccountInvoice> invoices = new HashMap<>();

    InMemoryBusinessAccounts(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new VersionedRows<>(transactions, BusinessAccount::version);
    }

    @Override
    public boolean insert(BusinessAccount account) {
        return transactions.inTransaction(() -> rows.insert(account.tenantId(), account.accountId(), account.creationKey(), account));
    }

    @Override
    public Optional<BusinessAccount> find(TenantId tenantId, String accountId) {
        return transactions.inTransaction(() -> rows.find(tenantId, accountId));
    }

    @Override
    public Optional<BusinessAccount> findByKey(TenantId tenantId, String creationKey) {
        return transactions.inTransaction(() -> rows.findByKey(tenantId, creationKey));
    }

    @Override
    public boolean update(BusinessAccount account, long expectedVersion) {
        return transactions.inTransaction(() -> rows.update(account.tenantId(), account.accountId(), account, expectedVersion));
    }

    @Override
    public Page<BusinessAccount> list(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> rows.page(tenantId, request));
    }

    @Override
    public List<BusinessAccount> withContact(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> rows.all(tenantId).filter(a -> a.customerContacts().contains(customerId)).toList());
    }

    @Override
    public boolean insertInvoice(AccountInvoice invoice) {
        return transactions.inTransaction(() -> {
            InvoiceKey key = new InvoiceKey(invoice.tenantId(), invoice.accountId(), invoice.invoiceRef());
            if (invoices.containsKey(key)) {
                return false;
            }
            invoices.put(key, invoice);
            transactions.onRollback(() -> invoices.remove(key));
            return true;
        });
    }

    @Override
    public Optional<AccountInvoice> invoice(TenantId tenantId, String accountId, String invoiceRef) {
        return transactions.inTransaction(() -> Optional.ofNullable(invoices.get(new InvoiceKey(tenantId, accountId, invoiceRef))));
    }

    @Override
    public boolean markPaid(TenantId tenantId, String accountId, String invoiceRef, LocalDate paidOn) {
        return transactions.inTransaction(() -> {
            InvoiceKey key = new InvoiceKey(tenantId, accountId, invoiceRef);
            AccountInvoice before = invoices.get(key);
            if (before == null || before.paidOn() != null) {
                return false;
            }
            invoices.put(key, new AccountInvoice(tenantId, accountId, invoiceRef, before.amount(), before.issuedOn(), before.dueOn(), paidOn,
                    before.recordedAt()));
            transactions.onRollback(() -> invoices.put(key, before));
            return true;
        });
    }

    @Override
    public List<AccountInvoice> invoices(TenantId tenantId, String accountId, LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> invoices.values().stream()
                .filter(i -> i.tenantId().equals(tenantId) && i.accountId().equals(accountId) && !i.dueOn().isBefore(from) && !i.dueOn().isAfter(to))
                .sorted(Comparator.comparing(AccountInvoice::dueOn).thenComparing(AccountInvoice::invoiceRef)).toList());
    }
}
