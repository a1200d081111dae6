package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.BusinessAccounts;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Business accounts in {@code crm_sales_account} (JSON documents, contacts included), which
 * customers are contacts of which account in {@code crm_sales_account_customer}, invoices in
 * {@code crm_sales_invoice}.
 */
final class JdbcBusinessAccounts implements BusinessAccounts {

    private static final String INVOICE_COLUMNS = "tenant_id, account_id, invoice_ref, amount, currency, issued_on, due_on, paid_on, recorded_at";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonRows<BusinessAccount> rows;

    JdbcBusinessAccounts(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.rows = new JsonRows<>(transactions, dialect, "crm_sales_account", "account_id", BusinessAccount.class);
    }

    @Override
    public boolean insert(BusinessAccount account) {
        if (!rows.insert(account.tenantId(), account.accountId(), account.creationKey(), account.version(), account, List.of())) {
            return false;
        }
        linkContacts(account);
        return true;
    }

    @Override
    public Optional<BusinessAccount> find(TenantId tenantId, String accountId) {
        return rows.find(tenantId, accountId);
    }

    @Override
    public Optional<BusinessAccount> findByKey(TenantId tenantId, String creationKey) {
        return rows.findByKey(tenantId, creationKey);
    }

    @Override
    public boolean update(BusinessAccount account, long expectedVersion) {
        if (!rows.update(account.tenantId(), account.accountId(), expectedVersion, account.version(), account, List.of())) {
            return false;
        }
        transactions.withConnection(c -> Sql.update(c, "DELETE FROM crm_sales_account_customer WHERE tenant_id = ? AND account_id = ?",
                account.tenantId().value(), account.accountId()));
        linkContacts(account);
        return true;
    }

    private void linkContacts(BusinessAccount account) {
        List<Object[]> links = account.customerContacts().stream()
                .map(customer -> new Object[] {account.tenantId().value(), customer.value(), account.accountId()}).toList();
        if (!links.isEmpty()) {
            transactions.withConnection(c -> Sql.batch(c, "INSERT INTO crm_sales_account_customer (tenant_id, customer_id, account_id)"
                    + " VALUES (?, ?, ?)", links));
        }
    }

    @Override
    public Page<BusinessAccount> list(TenantId tenantId, PageRequest request) {
        return rows.page(tenantId, request);
    }

    @Override
    public List<BusinessAccount> withContact(TenantId tenantId, CustomerId customerId) {
        return rows.where("account_id IN (SELECT account_id FROM crm_sales_account_customer WHERE tenant_id = ? AND customer_id = ?)",
                tenantId, tenantId.value(), customerId.value());
    }

    @Override
    public boolean insertInvoice(AccountInvoice invoice) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, Sql.insert("crm_sales_invoice", INVOICE_COLUMNS, 1),
                invoice.tenantId().value(), invoice.accountId(), invoice.invoiceRef(), invoice.amount().amount(),
                invoice.amount().currency().getCurrencyCode(), invoice.issuedOn(), invoice.dueOn(), Sql.date(invoice.paidOn()),
                invoice.recordedAt()));
    }

    @Override
    public Optional<AccountInvoice> invoice(TenantId tenantId, String accountId, String invoiceRef) {
        return invoices("AND invoice_ref = ?", tenantId, accountId, invoiceRef).stream().findFirst();
    }

    @Override
    public boolean markPaid(TenantId tenantId, String accountId, String invoiceRef, LocalDate paidOn) {
        return transactions.withConnection(c -> Sql.update(c, "UPDATE crm_sales_invoice SET paid_on = ? WHERE tenant_id = ? AND account_id = ?"
                + " AND invoice_ref = ? AND paid_on IS NULL", paidOn, tenantId.value(), accountId, invoiceRef)) == 1;
    }

    @Override
    public List<AccountInvoice> invoices(TenantId tenantId, String accountId, LocalDate from, LocalDate to) {
        return invoices("AND due_on >= ? AND due_on <= ? ORDER BY due_on, invoice_ref", tenantId, accountId, from, to);
    }

    private List<AccountInvoice> invoices(String condition, TenantId tenantId, String accountId, Object... more) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), accountId));
        params.addAll(List.of(more));
        return transactions.withConnection(c -> {
            List<AccountInvoice> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + INVOICE_COLUMNS + " FROM crm_sales_invoice WHERE tenant_id = ?"
                    + " AND account_id = ? " + condition, params.toArray()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static AccountInvoice read(TenantId tenantId, ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal amount = rs.getBigDecimal("amount");
        return new AccountInvoice(tenantId, rs.getString("account_id"), rs.getString("invoice_ref"), Money.of(amount, currency),
                Sql.localDate(rs, "issued_on"), Sql.localDate(rs, "due_on"), Sql.localDate(rs, "paid_on"), Sql.instant(rs, "recorded_at"));
    }
}
