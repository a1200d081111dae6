package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The ledger mechanics of one locked account within one operation: settling what is due, taking
 * points from lots soonest-expiring first, crediting new lots, writing entries. {@link #finish()}
 * stores everything and returns the new account row.
 */
final class AccountWork {

    /** Sequence numbers reserved per account version: entries of version v are numbered from v x this. */
    static final long SEQUENCES_PER_VERSION = 1_000_000;

    private final PointsLedger ledger;
    final LoyaltyProgramme programme;
    final Instant now;
    final IdGenerator ids;
    final AccountChange account;
    /** The account's lots as this operation sees them. */
    final WorkingLots lots;
    /** The holds this operation changed, and the account's open holds as it sees them, by id: empty and immutable until the first. */
    private Map<String, PointsHold> changedHolds = Map.of();
    private Map<String, PointsHold> openHolds = Map.of();
    private final List<LedgerEntry> entries = new ArrayList<>();
    final List<DomainEvent> events = new ArrayList<>();
    private final boolean stored;
    /** The tenant's counters locked with the account ({@link LockedAccounts#counters}), by name. */
    Map<String, Long> lockedCounters = Map.of();
    private long nextSequence;
    private final long sequenceLimit;

    AccountWork(PointsLedger ledger, LoyaltyProgramme programme, PointsAccount locked, Instant now, IdGenerator ids) {
        this(ledger, programme, locked, now, ids, true, null);
    }

    /**
     * Work on a stored account whose open lots and holds were read already, with those of other
     * accounts (a page of settlement): nothing more is read for it to settle.
     */
    static AccountWork read(PointsLedger ledger, LoyaltyProgramme programme, PointsAccount account, Instant now, IdGenerator ids,
            List<PointsLot> openLots, List<PointsHold> openHolds) {
        AccountWork work = new AccountWork(ledger, programme, account, now, ids, true, openHolds);
        work.lots.seed(openLots);
        return work;
    }

    /**
     * Work on the account of a hold, locked by {@link PointsLedger#lockForHold}: what the store
     * read with the lock (the open holds, the lots' next due instant) is not read again.
     */
    static AccountWork onHold(PointsLedger ledger, LoyaltyProgramme programme, Instant now, IdGenerator ids, LockedHold locked) {
        PointsAccount account = locked.account().orElseThrow();
        if (!locked.readTogether()) {
            return new AccountWork(ledger, programme, account, now, ids);
        }
        AccountWork work = new AccountWork(ledger, programme, account, now, ids, true, locked.openHolds());
        work.lots.dueReadWithLock(locked.lotsDue());
        return work;
    }

    private AccountWork(PointsLedger ledger, LoyaltyProgramme programme, PointsAccount locked, Instant now, IdGenerator ids, boolean stored,
            @Nullable List<PointsHold> holdsRead) {
        this.ledger = ledger;
        this.programme = programme;
        this.now = now;
        this.ids = ids;
        this.account = new AccountChange(locked);
        this.stored = stored;
        this.lots = new WorkingLots(ledger, locked, stored);
        // each version owns a block of sequence numbers, so entries need no counter of their own;
        // the block is large because one settlement may expire thousands of lots at once
        this.nextSequence = (locked.version() + 1) * SEQUENCES_PER_VERSION;
        this.sequenceLimit = nextSequence + SEQUENCES_PER_VERSION;
        if (stored && locked.held() > 0) {
            Map<String, PointsHold> open = new LinkedHashMap<>();
            (holdsRead != null ? holdsRead : ledger.openHolds(locked.ref())).forEach(hold -> open.put(hold.holdId(), hold));
            openHolds = open;
        }
    }

    /**
     * Work on an account that does not exist and may not be opened by the operation (spending,
     * refunds): it reads as empty, and {@link #finish()} refuses to store changes to it.
     */
    static AccountWork unopened(PointsLedger ledger, LoyaltyProgramme programme, AccountRef ref, Instant now, IdGenerator ids) {
        return new AccountWork(ledger, programme, PointsAccount.open(ref), now, ids, false, null);
    }

    /**
     * The hold as this operation sees it: as it left it, if it changed it; else as read with the
     * account's open holds under the lock; empty for a hold that was not open then.
     */
    Optional<PointsHold> currentHold(String holdId) {
        PointsHold changed = changedHolds.get(holdId);
        return Optional.ofNullable(changed != null ? changed : openHolds.get(holdId));
    }

    PointsLedger ledger() {
        return ledger;
    }

    AccountRef ref() {
        return account.ref;
    }

    /** Releases timed-out holds, makes matured pending lots available and expires due lots. */
    void settle() {
        if (!stored) {
            return;
        }
        if (account.nextDueAt != null && !account.nextDueAt.isAfter(now)) {
            lots.loadAll(); // something is due: read every open lot, and the next due instant is worked out afresh
        }
        if (!openHolds.isEmpty()) {
            for (PointsHold hold : List.copyOf(openHolds.values())) {
                if (hold.timedOutBy(now)) {
                    release(hold, "hold-timeout:" + hold.holdId(), true);
                }
            }
        }
        if (lots.noneKnown()) {
            return; // nothing read or made yet, so nothing to mature or expire
        }
        for (PointsLot lot : lots.known()) {
            if (lot.maturesBy(now)) {
                long repaid = account.mature(lot.remaining());
                lots.put(new PointsLot(lot.account(), lot.lotId(), lot.orderReference(), lot.original(),
                        lot.remaining() - repaid, lot.earnedAt(), lot.availableAt(), lot.expiresAt(),
                        lot.remaining() - repaid == 0 ? LotStatus.CLOSED : LotStatus.AVAILABLE));
            }
        }
        for (PointsLot lot : lots.known()) {
            if (lot.expiresBy(now) && lot.remaining() > 0) {
                expire(lot, "expire:" + lot.lotId());
            }
        }
    }

    /** Expires what remains of a due lot, writing an EXPIRE entry under {@code key}. */
    private void expire(PointsLot lot, String key) {
        long points = lot.remaining();
        account.expire(points, lot.status() == LotStatus.PENDING);
        lots.put(lot.withStatus(LotStatus.CLOSED));
        entry(EntryType.EXPIRE, points, -1, key, "points expired", null, "system", List.of(new LotMovement(lot.lotId(), points)));
        events.add(new PointsExpired(ids.next(), now, ref().tenantId(), ref(), key, points, lot.lotId()));
    }

    /** Available points that can be taken from lots (the balance without debt). */
    long spendable() {
        return account.available();
    }

    /**
     * Credits a new lot. Available points repay debt first (the lot keeps what is left).
     *
     * @return the new lot's id
     */
    String credit(long points, String orderReference, boolean pending, Instant earnedAt, Instant expiresAt) {
        String lotId = ids.next().toString();
        long remaining = points;
        LotStatus status = LotStatus.PENDING;
        Instant availableAt = earnedAt.plus(programme.pendingPeriod());
        if (pending && availableAt.isAfter(now)) {
            account.creditPending(points);
        } else {
            availableAt = pending ? availableAt : earnedAt;
            remaining = points - account.creditAvailable(points);
            status = remaining == 0 ? LotStatus.CLOSED : LotStatus.AVAILABLE;
        }
        lots.add(new PointsLot(ref(), lotId, orderReference, points, remaining, earnedAt, availableAt, expiresAt, status));
        return lotId;
    }

    /**
     * Releases an open hold back to its lots, writing a HOLD_RELEASE entry; points returned to a lot
     * that has expired meanwhile expire at once.
     */
    LedgerEntry release(PointsHold hold, String key, boolean timedOut) {
        checkState(hold.status() == HoldStatus.OPEN, "hold %s is not open", hold.holdId());
        lots.giveBack(hold.lots());
        account.releaseHold(hold.points());
        saveHold(hold.withStatus(HoldStatus.RELEASED));
        LedgerEntry entry = entry(EntryType.HOLD_RELEASE, hold.points(), 0, key,
                timedOut ? "hold timed out" : "hold released", hold.orderReference(), "system", hold.lots());
        events.add(new PointsHoldReleased(ids.next(), now, ref().tenantId(), ref(), key, hold.points(), hold.holdId(), timedOut));
        // points given back to a lot that expired while they were held expire now; the key names the
        // release because the lot's own expiry may have taken its unheld points already
        for (LotMovement movement : hold.lots()) {
            PointsLot lot = lots.now(movement.lotId());
            if (lot.expiresBy(now) && lot.remaining() > 0) {
                expire(lot, "expire:" + lot.lotId() + ":" + key);
            }
        }
        return entry;
    }

    void saveHold(PointsHold hold) {
        changedHolds = writable(changedHolds);
        changedHolds.put(hold.holdId(), hold);
        if (hold.status() == HoldStatus.OPEN) {
            openHolds = writable(openHolds);
            openHolds.put(hold.holdId(), hold);
        } else if (!openHolds.isEmpty()) { // the immutable empty map refuses even a remove
            openHolds.remove(hold.holdId());
        }
    }

    /** {@code holds} itself once it holds any, else a new map to write to (the hold maps start as the immutable empty map). */
    private static Map<String, PointsHold> writable(Map<String, PointsHold> holds) {
        return holds.isEmpty() ? new LinkedHashMap<>() : holds;
    }

    /** Writes an entry with the account's available balance after it. */
    LedgerEntry entry(EntryType type, long points, int direction, String key, String reason, String reference,
            String actor, List<LotMovement> movements) {
        checkState(nextSequence < sequenceLimit, "one operation may write at most %s entries to account %s",
                SEQUENCES_PER_VERSION, ref());
        LedgerEntry entry = new LedgerEntry(ref(), ids.next().toString(), nextSequence++, type, points, direction,
                now, key, reason, reference, actor, movements, account.available());
        entries.add(entry);
        return entry;
    }

    /** Stores lots, holds, entries and the account now, and returns the updated account. */
    PointsAccount finish() {
        Writes writes = new Writes();
        PointsAccount updated = finish(writes);
        ledger.write(writes.toWrite(ref().tenantId(), null));
        return updated;
    }

    /** Adds this work's lots, holds, entries and account to {@code writes} and returns the updated account. */
    PointsAccount finish(Writes writes) {
        if (!stored) {
            checkState(entries.isEmpty() && lots.changed().isEmpty() && changedHolds.isEmpty(),
                    "an operation changed account %s, which it may not open", ref());
            return PointsAccount.open(ref());
        }
        account.nextDueAt = nextDue();
        PointsAccount updated = account.next();
        // one by one: addAll would copy each collection into an array first
        for (PointsLot lot : lots.changed()) {
            writes.lots.add(lot);
        }
        for (PointsHold hold : changedHolds.values()) {
            writes.holds.add(hold);
        }
        for (LedgerEntry entry : entries) {
            writes.entries.add(entry);
        }
        writes.accounts.add(updated);
        return updated;
    }

    /** What the works of one operation changed, collected for one {@link PointsLedger#write}. */
    static final class Writes {
        // sized for one operation on one or two accounts (a hold is rare); a settlement's lists grow
        final List<PointsAccount> accounts = new ArrayList<>(2);
        final List<PointsLot> lots = new ArrayList<>(2);
        final List<PointsHold> holds = new ArrayList<>(0);
        final List<LedgerEntry> entries = new ArrayList<>(2);

        LedgerWrite toWrite(org.crmkit.shared.TenantId tenantId, StoredReceipt receipt) {
            return new LedgerWrite(tenantId, accounts, lots, holds, entries, receipt);
        }
    }

    /**
     * The account's next due instant, exact: from every open lot when all were read; otherwise
     * from the stored instant and the lots this work read or made, asking the store for the
     * soonest of the others only when this work closed a lot or a hold the stored instant may have
     * come from.
     */
    private Instant nextDue() {
        Instant due = null;
        if (!lots.allLoaded() && account.nextDueAt != null) {
            // the stored instant still holds unless this work closed a lot or a hold it may have come from
            boolean closedAHold = changedHolds.values().stream().anyMatch(h -> h.status() != HoldStatus.OPEN);
            due = lots.closedAStoredLot() || closedAHold ? lots.nextDueOfOthers() : account.nextDueAt;
        }
        due = lots.soonestDue(due);
        for (PointsHold hold : openHolds.values()) {
            due = WorkingLots.min(due, hold.expiresAt());
        }
        return due;
    }
}
