package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * A contact at a business account: a customer of the tenant, or a person named here, with the
 * role they play and how to reach them at the account. Name, phone and email are personal data.
 *
 * @param contactId generated when added
 * @param customerId the customer this contact is, or null for a person named here only
 * @param name the person's name, or null for a customer (whose name is in their profile)
 * @param role e.g. {@code purchasing manager}
 * @param phone a work phone, or null
 * @param email a work email, or null
 * @since 0.2
 */
public record AccountContact(String contactId, @Nullable CustomerId customerId, @Nullable String name, String role, @Nullable String phone,
        @Nullable String email) {

    /** Checks the components: a contact is a customer, a named person, or both. */
    public AccountContact {
        checkNotNull(contactId, "contactId");
        checkArgument(customerId != null || name != null, "a contact is a customer or a named person");
        checkNotNull(role, "role");
    }

    /** This contact with its personal data replaced. */
    AccountContact erased() {
        return new AccountContact(contactId, customerId, name == null ? null : PersonalData.ERASED, role,
                phone == null ? null : PersonalData.ERASED, email == null ? null : PersonalData.ERASED);
    }

}
