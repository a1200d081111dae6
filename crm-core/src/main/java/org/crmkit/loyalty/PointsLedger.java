package org.crmkit.loyalty;

import com.google.common.hash.Hashing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the storage of points accounts, lots, holds, entries, receipts and counters. The service
 * keeps the ledger's rules; an implementation keeps the data and the locks. Every method takes part
 * in the storage's unit of work.
 *
 * <p>The contract is pinned down by the ledger suites in crm-core's test jar ({@code
 * LedgerInvariantsContract}, {@code LedgerConcurrencyContract} and the {@code Loyalty*Contract}
 * classes in {@code org.crmkit.contract}), which every storage runs.
 *
 * @since 0.1
 */
public interface PointsLedger {

    /**
     * Returns the account, creating an empty one if absent, and locks it until the end of the
     * unit of work: concurrent units of work locking the same account wait for each other.
     */
    PointsAccount lockOrOpen(AccountRef ref);

    /** Locks the account if it exists; see {@link #lockOrOpen}. */
    Optional<PointsAccount> lock(AccountRef ref);

    /** Reads the account without locking: one row, whatever the history's length. */
    Optional<PointsAccount> find(AccountRef ref);

    /**
     * Stores a changed account whose version is one more than the stored one.
     *
     * @throws org.crmkit.shared.StaleVersionException if the stored version is not {@code version - 1}
     */
    void update(PointsAccount account);

    /**
     * The account's open lots (PENDING, or AVAILABLE with points left), soonest-expiring first
     * (never-expiring last), then by earning time and id.
     */
    List<PointsLot> openLots(AccountRef ref);

    /**
     * The first {@code limit} available lots of the account with points remaining, in {@link
     * PointsLot#SPEND_ORDER} (soonest-expiring first, lots that never expire last), read without
     * touching the others.
     */
    List<PointsLot> spendableLots(AccountRef ref, int limit);

    /**
     * The soonest instant at which one of the account's open lots, other than {@code except},
     * changes by itself: a pending lot maturing or an open lot expiring; empty if none will.
     */
    Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except);

    /** Every lot the order earned in the account, any status, oldest first. */
    List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference);

    /** The lot, any status. */
    Optional<PointsLot> lot(AccountRef ref, String lotId);

    /** Inserts or replaces a lot. */
    void saveLot(PointsLot lot);

    /** The hold, if it exists in the tenant. */
    Optional<PointsHold> hold(TenantId tenantId, String holdId);

    /** The account's open holds. */
    List<PointsHold> openHolds(AccountRef ref);

    /** Inserts or replaces a hold. */
    void saveHold(PointsHold hold);

    /**
     * Stores everything one operation changed, in this order: lots, holds, entries, accounts
     * (checking each version like {@link #update}), then the receipt (failing like {@link
     * #saveReceipt} on a taken key). A storage may send it all at once; the default calls the
     * single-item methods.
     */
    default void write(LedgerWrite write) {
        // indexed: these lists are short and an iterator each cost more than the loop
        for (int i = 0; i < write.lots().size(); i++) {
            saveLot(write.lots().get(i));
        }
        for (int i = 0; i < write.holds().size(); i++) {
            saveHold(write.holds().get(i));
        }
        for (int i = 0; i < write.entries().size(); i++) {
            append(write.entries().get(i));
        }
        for (int i = 0; i < write.accounts().size(); i++) {
            update(write.accounts().get(i));
        }
        write.receiptValue().ifPresent(receipt -> saveReceipt(write.tenantId(), receipt));
    }

    /** Appends an entry; entries are never changed or removed. */
    void append(LedgerEntry entry);

    /** The account's entries, newest first (ties by id, descending). */
    Page<LedgerEntry> statement(AccountRef ref, PageRequest request);

    /** Sum of the points of purchase lots earned at or after {@code from} and before {@code until}. */
    long purchasePoints(AccountRef ref, Instant from, Instant until);

    /**
     * The receipt stored under an idempotency key of the tenant.
     */
    Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey);

    /**
     * Locks the accounts in the order given, as {@link #lock} does, then reads the receipt stored under
     * {@code operationKey}: what every ledger operation reads first, so that concurrent replays of one
     * key, which lock the same accounts, see each other's receipt. A store may send it all in one
     * round trip; the receipt must still be read after the last lock is granted, never from a
     * snapshot taken before.
     *
     * @param tenantId the tenant of the accounts and the key
     * @param refs the accounts, in the order to lock them
     * @param operationKey the operation's idempotency key
     * @return each account (empty where not opened) and the stored receipt, if any
     */
    default LockedAccounts lockWithReceipt(TenantId tenantId, List<AccountRef> refs, String operationKey) {
        List<Optional<PointsAccount>> accounts = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            accounts.add(lock(refs.get(i)));
        }
        return new LockedAccounts(accounts, receipt(tenantId, operationKey));
    }

    /**
     * What an operation reads first, asked for at once so that a store may send it in one round
     * trip: locks and reads like {@link #lockWithReceipt}; then, unless a receipt was found (a
     * replay, which needs neither), claims the tenant's one-off {@code claim} like {@link #claim};
     * and, where the store reads them in the same round trip, the first {@code spendableLots}
     * spendable lots of each account like {@link #spendableLots} (otherwise it reads none, and the
     * operation reads them when it spends, if it does). A store that sends it all together may claim
     * and read for a replay too; its claim then finds the one-off taken by the run replayed, and
     * changes nothing.
     *
     * @param claim a one-off the operation may take once (an order's earning), or null for none
     * @param spendableLots how many of each account's spendable lots the operation will read first, 0 for none
     * @param counters the tenant's counters the operation will lock (campaign budgets and limits), in
     *     the order it locks them: where the store reads them in the same round trip, it locks them
     *     like {@link #lockCounter} after the accounts, and only if every account exists (one that
     *     the operation opens must be opened before its counters are locked, as when each is locked
     *     in turn), and returns the value of each it locked; the operation locks the others when it
     *     uses them
     * @return the accounts and receipt, whether the one-off was claimed, and the lots and counters read, if any
     * @since 0.2
     */
    default LockedAccounts lockForOperation(TenantId tenantId, List<AccountRef> refs, String operationKey, @Nullable String claim,
            int spendableLots, List<String> counters) {
        LockedAccounts locked = lockWithReceipt(tenantId, refs, operationKey);
        if (locked.receipt().isPresent() || claim == null) {
            return locked;
        }
        return new LockedAccounts(locked.accounts(), locked.receipt(), claim(tenantId, claim), List.of());
    }

    /**
     * What an operation on a hold (its commit or release) reads first: the hold's account, locked,
     * and the receipt stored under {@code operationKey}, read once the lock is held (as {@link
     * #lockWithReceipt} reads them); where the store can, in one round trip, with the account's open
     * holds ({@link #openHolds}) and the soonest instant one of its open lots changes by itself
     * ({@link #nextLotDue} leaving out none), which the operation reads anyway. A hold the tenant does
     * not have locks nothing: the account is empty, the receipt read all the same. The default reads
     * the hold ({@link #hold}), then the account and receipt ({@link #lockWithReceipt}).
     *
     * @since 0.3
     */
    default LockedHold lockForHold(TenantId tenantId, String holdId, String operationKey) {
        Optional<PointsHold> hold = hold(tenantId, holdId);
        if (hold.isEmpty()) {
            return new LockedHold(Optional.empty(), receipt(tenantId, operationKey));
        }
        LockedAccounts locked = lockWithReceipt(tenantId, List.of(hold.get().account()), operationKey);
        return new LockedHold(locked.accounts().get(0), locked.receipt());
    }

    /**
     * Stores a receipt under its key.
     *
     * @throws org.crmkit.shared.DuplicateKeyException naming {@code idempotency key} if the key is taken
     */
    void saveReceipt(TenantId tenantId, StoredReceipt receipt);

    /**
     * Reads a named counter of the tenant (campaign budgets, refunded amounts), creating it at 0,
     * and locks it until the end of the unit of work.
     */
    long lockCounter(TenantId tenantId, String name);

    /** Sets a counter previously locked with {@link #lockCounter}. */
    void setCounter(TenantId tenantId, String name, long value);

    /**
     * Claims a one-off: creates the tenant's counter {@code name} at 1 unless it exists, in one
     * step that a concurrent claim of the same name waits for. Names claimed this way are not used
     * with {@link #lockCounter}.
     *
     * @return true if this call claimed it, false if it was claimed before
     */
    boolean claim(TenantId tenantId, String name);

    /**
     * Up to {@code limit} accounts of the tenant, or of any tenant when {@code tenantId} is null,
     * with something due at {@code now} (see {@link PointsAccount#nextDueAt()}) and whose {@link
     * #shardHash shard hash} modulo {@code shards} is {@code shard}. With a tenant the read names
     * that tenant, so a distributed store reads only the node holding it.
     */
    List<AccountRef> dueAccounts(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit);

    /**
     * The rows of up to {@code limit} accounts selected as {@link #dueAccounts} selects them, read
     * without locking, soonest due first: the first read of a page of settlement, whose writes
     * {@link #writeUnlessChanged} checks against the versions read here.
     *
     * @since 0.2
     */
    default List<PointsAccount> dueAccountRows(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return dueAccounts(tenantId, now, shard, shards, limit).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * {@link #openLots} of several accounts at once, in one read where the storage can.
     *
     * @return each account's open lots in spending order, with an entry (possibly empty) for every account asked for
     * @since 0.2
     */
    default Map<AccountRef, List<PointsLot>> openLotsOf(Collection<AccountRef> refs) {
        Map<AccountRef, List<PointsLot>> lots = new LinkedHashMap<>();
        refs.forEach(ref -> lots.put(ref, openLots(ref)));
        return lots;
    }

    /**
     * {@link #openHolds} of several accounts at once, in one read where the storage can.
     *
     * @return each account's open holds, with an entry (possibly empty) for every account asked for
     * @since 0.2
     */
    default Map<AccountRef, List<PointsHold>> openHoldsOf(Collection<AccountRef> refs) {
        Map<AccountRef, List<PointsHold>> holds = new LinkedHashMap<>();
        refs.forEach(ref -> holds.put(ref, openHolds(ref)));
        return holds;
    }

    /**
     * Stores several writes of one account each and no receipt (a page of settlements), like
     * {@link #write} each, except that a write whose account's stored version is no longer {@code
     * version - 1} (another unit of work changed the account meanwhile) stores nothing at all and
     * is returned instead of failing the unit of work. A storage may send the writes together; it
     * takes the accounts' row locks in the order of their keys (tenant, customer, programme), the
     * order in which operations lock several accounts.
     *
     * @param writes each with exactly one account and no receipt
     * @return the writes not stored, in the order given
     * @throws IllegalArgumentException if a write has other than one account, or a receipt
     * @since 0.2
     */
    default List<LedgerWrite> writeUnlessChanged(List<LedgerWrite> writes) {
        List<LedgerWrite> lost = new ArrayList<>();
        for (LedgerWrite write : writes) {
            LedgerWrite.checkSettlement(write);
            PointsAccount account = write.accounts().get(0);
            if (find(account.ref()).map(PointsAccount::version).orElse(-1L) == account.version() - 1) {
                write(write);
            } else {
                lost.add(write);
            }
        }
        return lost;
    }

    /**
     * A stable, non-negative hash of an account; its shard among {@code n} shards is {@code
     * shardHash(ref) % n}. Storages keep it with the account to select shards.
     */
    static int shardHash(AccountRef ref) {
        return Hashing.murmur3_32_fixed().hashUnencodedChars(ref.toString()).asInt() & Integer.MAX_VALUE;
    }

    /**
     * The customer's accounts in every programme of the tenant, by programme id.
     *
     * @since 0.2
     */
    List<AccountRef> accountsOf(TenantId tenantId, CustomerId customerId);

    /**
     * Replaces the reason of every ledger entry of the customer, in every programme, with {@link
     * org.crmkit.shared.PersonalData#ERASED}. The one change to an entry the ledger allows, for
     * erasure (a reason is free text an agent may have filled with personal data); points,
     * directions, balances, keys, references and times never change.
     *
     * @since 0.2
     */
    void anonymiseEntries(TenantId tenantId, CustomerId customerId);
}
