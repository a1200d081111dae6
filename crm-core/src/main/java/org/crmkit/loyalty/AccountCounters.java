package org.crmkit.loyalty;

import java.util.ArrayList;
import java.util.List;
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
        List<String> parts = new ArrayList<>(List.of(kind, ref.customerId().value(), ref.programmeId().value()));
        parts.addAll(List.of(more));
        return CompositeKey.of(parts.toArray(String[]::new));
    }
}
