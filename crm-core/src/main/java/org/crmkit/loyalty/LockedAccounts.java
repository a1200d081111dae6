package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PointsLedger#lockWithReceipt} read: the accounts, locked, and the receipt stored under
 * the operation's idempotency key, read once every lock was held; after {@link
 * PointsLedger#lockWithReceiptAndClaim}, also whether its one-off was claimed.
 *
 * @param accounts each account asked for, in the order asked, or empty where it has not been opened
 * @param receipt the stored receipt, if the operation was done before
 * @param claimed whether {@link PointsLedger#lockWithReceiptAndClaim} claimed its one-off (false if
 *     it was claimed before, and always false from {@link PointsLedger#lockWithReceipt}, which claims nothing)
 * @since 0.1
 */
public record LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt, boolean claimed) {

    /** Checks and normalises the components as the record's description says. */
    public LockedAccounts {
        accounts = List.copyOf(accounts);
        checkNotNull(receipt, "receipt");
    }

    /**
     * What {@link PointsLedger#lockWithReceipt} read, which claims nothing.
     *
     * @since 0.1
     */
    public LockedAccounts(List<Optional<PointsAccount>> accounts, Optional<StoredReceipt> receipt) {
        this(accounts, receipt, false);
    }

    /**
     * The same accounts and receipt, with {@code claimed} as the claim's outcome.
     *
     * @since 0.2
     */
    public LockedAccounts withClaimed(boolean claimed) {
        return new LockedAccounts(accounts, receipt, claimed);
    }
}
