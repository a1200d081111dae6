package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an operation on a hold (its commit or release) read first ({@link PointsLedger#lockForHold}):
 * the account the hold is on, locked, and the receipt stored under the operation's key; and, where
 * the store reads them in the same round trip, what the operation would otherwise read after the
 * lock, each read once the lock was held.
 *
 * @param account the hold's account, locked; empty if the tenant has no such hold
 * @param receipt the stored receipt, if the operation was done before
 * @param readTogether whether {@code openHolds} and {@code lotsDue} were read with the lock; if
 *     not, both are empty and the operation reads them itself
 * @param openHolds the account's open holds, as {@link PointsLedger#openHolds} reads them
 * @param lotsDue the soonest instant one of the account's open lots matures or expires, as {@link
 *     PointsLedger#nextLotDue} reads it leaving out none
 * @since 0.3
 */
public record LockedHold(Optional<PointsAccount> account, Optional<StoredReceipt> receipt, boolean readTogether,
        List<PointsHold> openHolds, Optional<Instant> lotsDue) {

    /** Checks the components as the record's description says. */
    public LockedHold {
        checkNotNull(account, "account");
        checkNotNull(receipt, "receipt");
        openHolds = List.copyOf(openHolds);
        checkNotNull(lotsDue, "lotsDue");
        checkArgument(readTogether || openHolds.isEmpty() && lotsDue.isEmpty(), "holds or a due instant that were not read");
    }

    /** The account and receipt alone: nothing else was read with the lock. */
    public LockedHold(Optional<PointsAccount> account, Optional<StoredReceipt> receipt) {
        this(account, receipt, false, List.of(), Optional.empty());
    }
}
