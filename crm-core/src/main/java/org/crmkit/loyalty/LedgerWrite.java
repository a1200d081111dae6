package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Everything one ledger operation changed, handed to {@link PointsLedger#write} at once so that a
 * storage can send it in one round trip.
 *
 * @param tenantId the tenant of every item
 * @param accounts changed account rows, each one version up
 * @param lots new or changed lots (at most one state per lot)
 * @param holds new or changed holds (at most one state per hold)
 * @param entries new entries
 * @param receipt the operation's receipt, or null for work without an idempotency key (settling)
 * @since 0.1
 */
public record LedgerWrite(
        TenantId tenantId, List<PointsAccount> accounts, List<PointsLot> lots, List<PointsHold> holds, List<LedgerEntry> entries,
        @Nullable StoredReceipt receipt) {

    /** Checks and normalises the components as the record's description says. */
    public LedgerWrite {
        checkNotNull(tenantId, "tenantId");
        accounts = List.copyOf(accounts);
        lots = List.copyOf(lots);
        holds = List.copyOf(holds);
        entries = List.copyOf(entries);
    }

    /**
     * Checks that {@code write} is one account's settlement, as {@link PointsLedger#writeUnlessChanged} takes.
     *
     * @throws IllegalArgumentException if it has other than one account, or a receipt
     * @since 0.2
     */
    public static void checkSettlement(LedgerWrite write) {
        checkArgument(write.accounts().size() == 1 && write.receipt() == null,
                "a settlement writes one account and no receipt, but this write has %s accounts and %s receipt",
                write.accounts().size(), write.receipt() == null ? "no" : "a");
    }

    /** The receipt, if the operation had an idempotency key. */
    public Optional<StoredReceipt> receiptValue() {
        return Optional.ofNullable(receipt);
    }
}
