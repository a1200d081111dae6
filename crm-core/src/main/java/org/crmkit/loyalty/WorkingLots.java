package org.crmkit.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lots of one locked account as one operation sees them: read from the ledger only when
 * needed, changed in memory, written with the operation. Lots are read lazily: all of them only
 * when something is due ({@link #loadAll}), the soonest-expiring ones until an amount is covered
 * ({@link #takeAvailable}), so an operation costs the same with ten open lots as with a hundred
 * thousand.
 */
final class WorkingLots {

    private final PointsLedger ledger;
    private final AccountRef ref;
    /** False for an account the operation may not open: nothing is read for it. */
    private final boolean stored;
    private final Map<String, PointsLot> lots = new LinkedHashMap<>();
    private final Map<String, PointsLot> changed = new LinkedHashMap<>();
    /** The lots this operation made (the others it changed were stored before): empty and immutable until the first. */
    private Set<String> created = Set.of();
    /** Whether the lots' next due instant was read with the account's lock ({@link #dueReadWithLock}), and that instant (null: none). */
    private boolean dueRead;
    private @Nullable Instant dueAtLock;
    /** True once every open lot of the account is in {@link #lots}; until then only those read or made. */
    private boolean allLoaded;
    /** The first {@link #FIRST_READ} spendable lots, read with the account's lock, until {@link #takeAvailable} uses them. */
    private @Nullable List<PointsLot> firstRead;

    /** How many spendable lots {@link #takeAvailable} reads first (four times as many each time after, until they cover the amount). */
    static final int FIRST_READ = 8;

    WorkingLots(PointsLedger ledger, PointsAccount locked, boolean stored) {
        this.ledger = ledger;
        this.ref = locked.ref();
        this.stored = stored;
        this.allLoaded = !stored || locked.available() + locked.debt() == 0 && locked.pending() == 0 && locked.nextDueAt() == null;
    }

    /** Takes {@code open} as every open lot of the account, read for it with others (a page of settlement). */
    void seed(List<PointsLot> open) {
        if (stored && !allLoaded) {
            open.forEach(lot -> lots.putIfAbsent(lot.lotId(), lot));
            allLoaded = true;
        }
    }

    /**
     * Takes {@code read} as the account's first {@link #FIRST_READ} spendable lots, read with its lock
     * ({@link PointsLedger#lockForOperation}): {@link #takeAvailable} starts from them instead of
     * reading them.
     */
    void firstRead(List<PointsLot> read) {
        firstRead = read;
    }

    /** Reads every open lot of the account, once. */
    void loadAll() {
        if (!allLoaded) {
            ledger.openLots(ref).forEach(lot -> lots.putIfAbsent(lot.lotId(), lot));
            allLoaded = true;
        }
    }

    /** True once every open lot has been read. */
    boolean allLoaded() {
        return allLoaded;
    }

    /** A copy of the lots read or made so far, safe to iterate while changing them. */
    List<PointsLot> known() {
        return lots.isEmpty() ? List.of() : List.copyOf(lots.values());
    }

    /** True while no lot has been read or made. */
    boolean noneKnown() {
        return lots.isEmpty();
    }

    /**
     * Takes {@code points} from available lots, soonest-expiring first; the caller checked there are
     * enough. Reads the soonest-expiring lots a few at a time until they cover the amount.
     */
    List<LotMovement> takeAvailable(long points) {
        int limit = FIRST_READ;
        while (true) {
            PointsLot lastRead = null;
            if (stored && !allLoaded) {
                List<PointsLot> read = limit == FIRST_READ && firstRead != null ? firstRead : ledger.spendableLots(ref, limit);
                firstRead = null;
                read.forEach(lot -> lots.putIfAbsent(lot.lotId(), lot)); // this operation's own version of a lot wins
                lastRead = read.size() == limit ? read.get(read.size() - 1) : null;
            }
            List<PointsLot> spendable = new ArrayList<>(lots.size());
            for (PointsLot lot : lots.values()) {
                if (lot.status() == LotStatus.AVAILABLE && lot.remaining() > 0) {
                    spendable.add(lot);
                }
            }
            spendable.sort(PointsLot.SPEND_ORDER); // stable, as the stream's sort was
            if (lastRead == null || covers(spendable, points, lastRead)) {
                return take(points, spendable);
            }
            limit *= 4; // the lots read so far do not cover it, and the account has more
        }
    }

    /** True if the lots up to {@code lastRead} in spending order hold at least {@code points}. */
    private static boolean covers(List<PointsLot> spendable, long points, PointsLot lastRead) {
        long sum = 0;
        for (PointsLot lot : spendable) {
            if (PointsLot.SPEND_ORDER.compare(lot, lastRead) > 0) {
                return false;
            }
            sum += lot.remaining();
            if (sum >= points) {
                return true;
            }
        }
        return false;
    }

    /** Takes up to {@code points} from the given lots in order; returns what it took. */
    List<LotMovement> take(long points, List<PointsLot> from) {
        List<LotMovement> taken = new ArrayList<>();
        long left = points;
        for (PointsLot lot : from) {
            if (left == 0) {
                break;
            }
            PointsLot current = lots.getOrDefault(lot.lotId(), lot);
            long part = Math.min(left, current.remaining());
            if (part > 0) {
                put(current.withRemaining(current.remaining() - part));
                taken.add(new LotMovement(lot.lotId(), part));
                left -= part;
            }
        }
        return taken;
    }

    /** Every lot the order earned in this account, as this operation sees it now, oldest first. */
    List<PointsLot> ofOrder(String orderReference) {
        return ledger.lotsOfOrder(ref, orderReference).stream()
                .map(lot -> lots.getOrDefault(lot.lotId(), lot))
                .toList();
    }

    /** The lot as this operation sees it now. */
    PointsLot now(String lotId) {
        return lots.containsKey(lotId) ? lots.get(lotId) : ledger.lot(ref, lotId).orElseThrow(
                () -> new IllegalStateException("lot " + lotId + " of " + ref + " is missing"));
    }

    /** Gives points back to the lots they were taken from. */
    void giveBack(List<LotMovement> movements) {
        for (LotMovement movement : movements) {
            PointsLot lot = now(movement.lotId());
            put(lot.withRemaining(lot.remaining() + movement.points()));
        }
    }

    /** Adds a lot this operation made. */
    void add(PointsLot lot) {
        if (created.isEmpty()) {
            created = new HashSet<>();
        }
        created.add(lot.lotId());
        put(lot);
    }

    /** Records a lot's new state. */
    void put(PointsLot lot) {
        lots.put(lot.lotId(), lot);
        changed.put(lot.lotId(), lot);
    }

    /** The lots this operation changed or made, to write. */
    Collection<PointsLot> changed() {
        return changed.values();
    }

    /** True if this operation closed a lot that was stored before it (the account's due instant may have come from it). */
    boolean closedAStoredLot() {
        return changed.values().stream().anyMatch(l -> l.status() == LotStatus.CLOSED && !created.contains(l.lotId()));
    }

    /**
     * Takes {@code due} as the soonest instant one of the account's open lots changes by itself,
     * read with the account's lock ({@link PointsLedger#lockForHold}): while this operation has
     * changed no lot it answers {@link #nextDueOfOthers} without asking the ledger.
     */
    void dueReadWithLock(Optional<Instant> due) {
        dueRead = true;
        dueAtLock = due.orElse(null);
    }

    /** The soonest due instant of any other open lot, asked of the ledger (unless it was read with the lock and no lot changed since). */
    Instant nextDueOfOthers() {
        if (dueRead && changed.isEmpty()) {
            return dueAtLock;
        }
        return ledger.nextLotDue(ref, changed.keySet()).orElse(null);
    }

    /** The soonest instant a known lot matures or expires, or {@code due} if that is sooner. */
    Instant soonestDue(Instant due) {
        for (PointsLot lot : lots.values()) {
            if (lot.status() == LotStatus.PENDING) {
                due = min(due, lot.availableAt());
            }
            if (lot.status() != LotStatus.CLOSED && lot.expiresAt() != null) {
                due = min(due, lot.expiresAt());
            }
        }
        return due;
    }

    static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
