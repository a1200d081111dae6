package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A business account (大客户): a company buying from the tenant, with its contacts. Its invoices, in
 * its currency, make the payment history from which its credit terms are decided.
 *
 * @param accountId generated when opened
 * @param creationKey the idempotency key it was opened under
 * @param fingerprint a digest of the opening command, compared on replays
 * @param name the company's name
 * @param owner the account manager
 * @param currency the currency of its invoices and credit limit
 * @param contacts its contacts, in the order added
 * @param version 1 when opened, one up per change
 * @since 0.2
 */
public record BusinessAccount(TenantId tenantId, String accountId, String creationKey, String fingerprint, String name, String owner,
        Currency currency, List<AccountContact> contacts, Instant createdAt, Instant updatedAt, long version) {

    /** The most contacts an account may have. */
    public static final int MAX_CONTACTS = 50;

    /** Checks the components and copies the contacts. */
    public BusinessAccount {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(accountId, "accountId");
        checkNotNull(creationKey, "creationKey");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(name, "name");
        checkNotNull(owner, "owner");
        checkNotNull(currency, "currency");
        contacts = List.copyOf(contacts);
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    }

    /** The customers among its contacts, in the order added, each once. */
    public List<CustomerId> customerContacts() {
        return contacts.stream().map(AccountContact::customerId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    BusinessAccount withContacts(List<AccountContact> newContacts, Instant at) {
        return new BusinessAccount(tenantId, accountId, creationKey, fingerprint, name, owner, currency, newContacts, createdAt, at,
                version + 1);
    }

    BusinessAccount withContact(AccountContact contact, Instant at) {
        List<AccountContact> more = new ArrayList<>(contacts);
        more.add(contact);
        return withContacts(more, at);
    }

    /** This account with the personal data of the customer's contacts replaced; the same account if nothing was left to erase. */
    BusinessAccount erasing(CustomerId customerId) {
        List<AccountContact> erased = contacts.stream().map(c -> customerId.equals(c.customerId()) ? c.erased() : c).toList();
        return erased.equals(contacts) ? this : withContacts(erased, updatedAt);
    }
}
