package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * What an operation read first: the accounts, locked, and the receipt stored under the operation's
 * idempotency key, read once every lock was held ({@link PointsLedger#lockWithReceipt}); after
 * {@link PointsLedger#lockForOperation}, also whether its one-off was claimed and the first of each
 * account's spendable lots.
 *
 * @param accounts each account asked for, in the order asked, or empty where it has not been opened
 * @param receipt the stored receipt, if the operation was done before
 * @param claimed whether {@link PointsLedger#lockForOperation} claimed the one-off it was given
 *     (false if it was claimed before, or none was given)
 * @param spendable for each account asked for, in the same order, the first of its spendable lots
 *     in spending order as {@link PointsLedger#spendableLots} reads them, as many as {@link
 *     PointsLedger#lockForOperation} was asked for; or no list at all when they were not read with
 *     the locks (the operation then reads them when it spends)
 * @since 0.1
 */
public record LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt, boolean claimed,
        List<List<PointsLot>> spendable) {

    /** Checks and normalises the components as the record's description says. */
    public LockedAccounts {
        accounts = List.copyOf(accounts);
        checkNotNull(receipt, "receipt");
        spendable = spendable.stream().map(List::copyOf).toList();
        checkArgument(spendable.isEmpty() || spendable.size() == accounts.size(), "spendable lots for %s accounts, but %s accounts",
                spendable.size(), accounts.size());
    }

    /**
     * What {@link PointsLedger#lockWithReceipt} read: no claim, no lots.
     *
     * @since 0.1
     */
    public LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt) {
        this(accounts, receipt, false, List.of());
    }
}
