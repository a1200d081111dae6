package org.crmkit.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the storage of business accounts, their contacts and invoices. Every method takes part in
 * the storage's unit of work.
 *
 * @since 0.2
 */
public interface BusinessAccounts {

    /**
     * Stores a new account unless the tenant has one with its id or its creation key (after waiting
     * for a concurrent insert of either to commit or roll back).
     *
     * @return true if this call stored it
     */
    boolean insert(BusinessAccount account);

    /** The account, if it is in the tenant. */
    Optional<BusinessAccount> find(TenantId tenantId, String accountId);

    /** The account opened under {@code creationKey}, if any. */
    Optional<BusinessAccount> findByKey(TenantId tenantId, String creationKey);

    /**
     * Replaces the account, its contacts included, if it is still at {@code expectedVersion}.
     *
     * @return false if it was not (nothing is written)
     */
    boolean update(BusinessAccount account, long expectedVersion);

    /** The tenant's accounts by account id; the cursor is the last id of the previous page. */
    Page<BusinessAccount> list(TenantId tenantId, PageRequest request);

    /** The accounts that have the customer among their contacts, by account id. */
    List<BusinessAccount> withContact(TenantId tenantId, CustomerId customerId);

    /**
     * Stores a new invoice unless the account has one with its number (after waiting for a
     * concurrent insert of it to commit or roll back).
     *
     * @return true if this call stored it
     */
    boolean insertInvoice(AccountInvoice invoice);

    /** The account's invoice with the number, if any. */
    Optional<AccountInvoice> invoice(TenantId tenantId, String accountId, String invoiceRef);

    /**
     * Records the paid date of an invoice that was unpaid.
     *
     * @return false if it was already paid (nothing is written)
     */
    boolean markPaid(TenantId tenantId, String accountId, String invoiceRef, LocalDate paidOn);

    /** The account's invoices due on or after {@code from} and on or before {@code to}, by due date and number. */
    List<AccountInvoice> invoices(TenantId tenantId, String accountId, LocalDate from, LocalDate to);
}
