package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PointsLedger#lockWithReceipt} read: the accounts, locked, and the receipt stored under
 * the operation's idempotency key, read once every lock was held.
 *
 * @param accounts each account asked for, in the order asked, or empty where it has not been opened
 * @param receipt the stored receipt, if the operation was done before
 * @since 0.1
 */
public record LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt) {

    /** Checks and normalises the components as the record's description says. */
    public LockedAccounts {
        accounts = List.copyOf(accounts);
        checkNotNull(receipt, "receipt");
    }
}
