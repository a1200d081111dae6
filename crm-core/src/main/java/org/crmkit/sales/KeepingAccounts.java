package org.crmkit.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Business accounts (大客户): opening them, their contacts and their invoices. */
final class KeepingAccounts {

    private final SalesOperations ops;

    KeepingAccounts(SalesOperations ops) {
        this.ops = ops;
    }

    BusinessAccount open(OpenAccount command) {
        ops.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            SalesOperations.Created<BusinessAccount> created = SalesOperations.create(command.idempotencyKey(), fingerprint, "account opening",
                    () -> ops.ports.accounts().findByKey(tenantId, command.idempotencyKey()), BusinessAccount::fingerprint,
                    () -> new BusinessAccount(tenantId, ops.newId(), command.idempotencyKey(), fingerprint, command.name(), command.owner(),
                            command.currency(), List.of(), now, now, 1),
                    ops.ports.accounts()::insert);
            if (created.fresh()) {
                ops.events.publish(new AccountOpened(ops.ids.next(), now, tenantId, created.value().accountId()));
            }
            return created.value();
        });
    }

    BusinessAccount addContact(AddContact command) {
        ops.check(command, command.customerId() == null && command.name() == null
                ? List.of(Violation.of("name", null, "must be given for a contact who is not a customer")) : List.of());
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            BusinessAccount account = current(tenantId, command.accountId(), command.expectedVersion());
            if (command.customerId() != null) {
                ops.requireCustomer(tenantId, command.customerId());
                if (account.customerContacts().contains(command.customerId())) {
                    throw new RuleViolationException("customer " + command.customerId().value() + " is already a contact of account "
                            + account.accountId());
                }
            }
            if (account.contacts().size() >= BusinessAccount.MAX_CONTACTS) {
                throw new RuleViolationException("account " + account.accountId() + " has " + BusinessAccount.MAX_CONTACTS
                        + " contacts, the most it may have; remove one first");
            }
            AccountContact contact = new AccountContact(ops.newId(), command.customerId(), command.name(), command.role(), command.phone(),
                    command.email());
            BusinessAccount changed = account.withContact(contact, now);
            store(changed, account.version());
            ops.events.publish(new AccountContactsChanged(ops.ids.next(), now, tenantId, account.accountId(), contact.contactId(), true));
            return changed;
        });
    }

    BusinessAccount removeContact(RemoveContact command) {
        ops.validator.check(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            BusinessAccount account = current(tenantId, command.accountId(), command.expectedVersion());
            List<AccountContact> rest = account.contacts().stream().filter(c -> !c.contactId().equals(command.contactId())).toList();
            if (rest.size() == account.contacts().size()) {
                throw new NotFoundException("contact of account " + account.accountId(), tenantId, command.contactId());
            }
            BusinessAccount changed = account.withContacts(rest, now);
            store(changed, account.version());
            ops.events.publish(new AccountContactsChanged(ops.ids.next(), now, tenantId, account.accountId(), command.contactId(), false));
            return changed;
        });
    }

    AccountInvoice recordInvoice(RecordInvoice command) {
        List<Violation> violations = new ArrayList<>(SalesOperations.amount("amount", command.amount(), true));
        if (command.issuedOn() != null && command.dueOn() != null && command.dueOn().isBefore(command.issuedOn())) {
            violations.add(Violation.of("dueOn", command.dueOn(), "must not be before issuedOn " + command.issuedOn()));
        }
        if (command.issuedOn() != null && command.paidOn() != null && command.paidOn().isBefore(command.issuedOn())) {
            violations.add(Violation.of("paidOn", command.paidOn(), "must not be before issuedOn " + command.issuedOn()));
        }
        ops.check(command, violations);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            BusinessAccount account = ops.account(tenantId, command.accountId());
            if (!account.currency().equals(command.amount().currency())) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("amount", command.amount(),
                        "must be in " + account.currency() + ", the account's currency")));
            }
            var earlier = ops.ports.accounts().invoice(tenantId, account.accountId(), command.invoiceRef());
            if (earlier.isPresent()) {
                return replay(command, earlier.get());
            }
            AccountInvoice invoice = new AccountInvoice(tenantId, account.accountId(), command.invoiceRef(), command.amount(),
                    command.issuedOn(), command.dueOn(), command.paidOn(), now);
            if (!ops.ports.accounts().insertInvoice(invoice)) {
                return replay(command, ops.ports.accounts().invoice(tenantId, account.accountId(), command.invoiceRef()).orElseThrow());
            }
            ops.events.publish(new InvoiceRecorded(ops.ids.next(), now, tenantId, account.accountId(), invoice.invoiceRef(), invoice.amount(),
                    invoice.paidOn() != null));
            return invoice;
        });
    }

    /** The stored invoice if {@code command} records the same one (its payment may have been recorded since). */
    private static AccountInvoice replay(RecordInvoice command, AccountInvoice stored) {
        boolean same = stored.amount().equals(command.amount()) && stored.issuedOn().equals(command.issuedOn())
                && stored.dueOn().equals(command.dueOn()) && (command.paidOn() == null || command.paidOn().equals(stored.paidOn()));
        if (!same) {
            throw new IdempotencyKeyReusedException(command.invoiceRef(), "invoice record");
        }
        return stored;
    }

    AccountInvoice recordPayment(RecordInvoicePayment command) {
        ops.validator.check(command);
        TenantId tenantId = command.tenantId();
        Instant now = ops.now();
        return UnitOfWork.retrying(ops.transactions, StaleVersionException.class, () -> {
            ops.account(tenantId, command.accountId());
            AccountInvoice invoice = ops.ports.accounts().invoice(tenantId, command.accountId(), command.invoiceRef())
                    .orElseThrow(() -> new NotFoundException("invoice of account " + command.accountId(), tenantId, command.invoiceRef()));
            if (invoice.paidOn() != null) {
                if (invoice.paidOn().equals(command.paidOn())) {
                    return invoice;
                }
                throw new RuleViolationException("invoice " + invoice.invoiceRef() + " was paid on " + invoice.paidOn()
                        + "; a payment date is recorded once");
            }
            if (command.paidOn().isBefore(invoice.issuedOn())) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("paidOn", command.paidOn(),
                        "must not be before the invoice date " + invoice.issuedOn())));
            }
            if (!ops.ports.accounts().markPaid(tenantId, command.accountId(), command.invoiceRef(), command.paidOn())) {
                throw new StaleVersionException("invoice", command.invoiceRef(), 0);
            }
            ops.events.publish(new InvoicePaid(ops.ids.next(), now, tenantId, command.accountId(), command.invoiceRef()));
            return invoice.paid(command.paidOn());
        });
    }

    List<AccountInvoice> invoices(TenantId tenantId, String accountId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ops.transactions.inTransaction(() -> {
            ops.account(tenantId, accountId);
            return ops.ports.accounts().invoices(tenantId, accountId, from, to);
        });
    }

    private BusinessAccount current(TenantId tenantId, String accountId, long expectedVersion) {
        BusinessAccount account = ops.account(tenantId, accountId);
        if (account.version() != expectedVersion) {
            throw new StaleVersionException("business account", accountId, expectedVersion);
        }
        return account;
    }

    private void store(BusinessAccount account, long expectedVersion) {
        if (!ops.ports.accounts().update(account, expectedVersion)) {
            throw new StaleVersionException("business account", account.accountId(), expectedVersion);
        }
    }
}
