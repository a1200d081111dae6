package org.crmkit.loyalty;

import org.crmkit.shared.CompositeKey;

/**
 * Names the ledger's counters and one-off claims of an account: the kind, the customer, the
 * programme and what else tells them apart, as one {@link CompositeKey}, so that no customer's or
 * order's id can spell another's counter. The tenant is not in the name: counters are stored per
 * tenant.
 */
final class AccountCounters {

    private AccountCounters() {}

    /** The name of counter {@code kind} of the account, told apart further by {@code more}. */
    static String name(String kind, AccountRef ref, String... more) {
        String[] parts = new String[3 + more.length];
        parts[0] = kind;
        parts[1] = ref.customerId().value();
        parts[2] = ref.programmeId().value();
        System.arraycopy(more, 0, parts, 3, more.length);
        return CompositeKey.of(parts);
    }
}
