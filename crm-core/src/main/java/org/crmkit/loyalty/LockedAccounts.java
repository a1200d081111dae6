package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation read first: the accounts, locked, and the receipt stored under the operation's
 * idempotency key, read once every lock was held ({@link PointsLedger#lockWithReceipt}); after
 * {@link PointsLedger#lockForOperation}, also whether its one-off was claimed, the first of each
 * account's spendable lots and the counters it will use.
 *
 * @param accounts each account asked for, in the order asked, or empty where it has not been opened
 * @param receipt the stored receipt, if the operation was done before
 * @param claimed whether {@link PointsLedger#lockForOperation} claimed the one-off it was given
 *     (false if it was claimed before, or none was given)
 * @param spendable for each account asked for, in the same order, the first of its spendable lots
 *     in spending order as {@link PointsLedger#spendableLots} reads them, as many as {@link
 *     PointsLedger#lockForOperation} was asked for; or no list at all when they were not read with
 *     the locks (the operation then reads them when it spends)
 * @param counters the values of the tenant's counters {@link PointsLedger#lockForOperation} locked
 *     with the accounts, by name (those it was asked for that exist, where the store reads them in
 *     the same round trip; otherwise none)
 * @since 0.1
 */
public record LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt, boolean claimed,
        List<List<PointsLot>> spendable, Map<String, Long> counters) {

    /** Checks and normalises the components as the record's description says. */
    public LockedAccounts {
        accounts = List.copyOf(accounts);
        checkNotNull(receipt, "receipt");
        spendable = copyEach(spendable);
        checkArgument(spendable.isEmpty() || spendable.size() == accounts.size(), "spendable lots for %s accounts, but %s accounts",
                spendable.size(), accounts.size());
        counters = Map.copyOf(counters);
    }

    /**
     * What {@link PointsLedger#lockForOperation} read when it locked no counters.
     *
     * @since 0.2
     */
    public LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt, boolean claimed,
            List<List<PointsLot>> spendable) {
        this(accounts, receipt, claimed, spendable, Map.of());
    }

    /**
     * What {@link PointsLedger#lockWithReceipt} read: no claim, no lots.
     *
     * @since 0.1
     */
    public LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt) {
        this(accounts, receipt, false, List.of());
    }

    /** Each list copied, in a list of its own: as {@code stream().map(List::copyOf).toList()}, which cost more than the copies. */
    private static List<List<PointsLot>> copyEach(List<List<PointsLot>> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        List<List<PointsLot>> copies = new ArrayList<>(lists.size());
        for (List<PointsLot> list : lists) {
            copies.add(List.copyOf(list));
        }
        return Collections.unmodifiableList(copies);
    }
}
