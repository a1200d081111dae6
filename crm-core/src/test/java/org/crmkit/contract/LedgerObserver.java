package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerModel.Account;
import org.crmkit.contract.LedgerModel.ExpectedEntry;
import org.crmkit.contract.LedgerModel.Hold;
import org.crmkit.contract.LedgerModel.Lot;
import org.crmkit.contract.LedgerModel.Move;
import org.crmkit.contract.LedgerStep.World;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiringPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;

/**
 * Reads everything the storage holds for the run's tenant after a step and checks it against the
 * ledger's invariants and the {@link LedgerModel}: balances read through the service (which
 * settles what fell due), account rows, open lots and holds through the port, and the full
 * statement of every account.
 */
final class LedgerObserver {

    private static final String USER_KEY_PREFIX = "op-";
    /** Small enough that the statement is read in several pages, through cursors. */
    private static final int PAGE = 128;

    private final Crm crm;
    private final PointsLedger ledger;
    private final World world;
    private final LedgerModel model;
    private final List<List<LedgerEntry>> seen = new ArrayList<>();

    LedgerObserver(Crm crm, PointsLedger ledger, World world, LedgerModel model) {
        this.crm = crm;
        this.ledger = ledger;
        this.world = world;
        this.model = model;
        world.customers().forEach(c -> seen.add(List.of()));
    }

    /** Runs the batch settlement and checks that it settled exactly our accounts of the shard that were due. */
    void settleDue(int shard, int shards) {
        int dueBefore = 0;
        List<Boolean> wasDue = new ArrayList<>();
        for (int c = 0; c < world.customers().size(); c++) {
            boolean due = ledger.find(ref(c)).map(a -> a.isDueBy(model.now)).orElse(false);
            wasDue.add(due);
            if (due && PointsLedger.shardHash(ref(c)) % shards == shard) {
                dueBefore++;
            }
        }
        int settled = crm.loyalty().settleDue(shard, shards);
        assertThat(settled).as("accounts settled by shard %s/%s", shard, shards).isGreaterThanOrEqualTo(dueBefore);
        for (int c = 0; c < world.customers().size(); c++) {
            boolean inShard = PointsLedger.shardHash(ref(c)) % shards == shard;
            boolean due = ledger.find(ref(c)).map(a -> a.isDueBy(model.now)).orElse(false);
            assertThat(due).as("c%s (in shard: %s) is due after settling shard %s/%s", c, inShard, shard, shards)
                    .isEqualTo(!inShard && wasDue.get(c));
        }
    }

    /**
     * Checks every invariant after a step. {@code key} is the step's operation key (null if it was
     * not an operation) and {@code receiptEntries} the entries its receipt names (empty if refused).
     */
    void observe(String key, List<String> receiptEntries) {
        List<BalanceView> views = new ArrayList<>();
        for (int c = 0; c < world.customers().size(); c++) {
            views.add(crm.loyalty().balance(world.tenant(), world.customer(c), LedgerStep.PROGRAMME));
        }
        List<List<LedgerEntry>> fresh = new ArrayList<>();
        for (int c = 0; c < world.customers().size(); c++) {
            fresh.add(newEntries(c));
        }
        for (int c = 0; c < world.customers().size(); c++) {
            nameNewLots(c, fresh.get(c));
        }
        model.settleAll();
        List<String> userEntries = new ArrayList<>();
        long credited = 0;
        long debitedAndHeld = 0;
        for (int c = 0; c < world.customers().size(); c++) {
            checkEntries(c, fresh.get(c), key, userEntries);
            Optional<PointsAccount> row = ledger.find(ref(c));
            checkAccount(c, row, views.get(c));
            if (row.isPresent()) {
                PointsAccount a = row.get();
                credited += a.credited();
                debitedAndHeld += a.debited() + a.available() + a.pending() + a.held();
            }
            model.account(c).expected.clear();
        }
        assertThat(userEntries).as("invariant 4: entries written under operation keys in this step").containsExactlyInAnyOrderElementsOf(
                receiptEntries);
        assertThat(credited).as("invariant 3 over the tenant: credited = debited + available + pending + held").isEqualTo(debitedAndHeld);
    }

    /** Invariant 2: the statement read now starts with every entry read before, unchanged. */
    private List<LedgerEntry> newEntries(int c) {
        List<LedgerEntry> all = statement(c);
        List<LedgerEntry> before = seen.get(c);
        assertThat(all.size()).as("invariant 2: entries of c%s never disappear", c).isGreaterThanOrEqualTo(before.size());
        assertThat(all.subList(0, before.size())).as("invariant 2: earlier entries of c%s are unchanged", c).isEqualTo(before);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).sequence()).as("sequences of c%s increase", c).isGreaterThan(all.get(i - 1).sequence());
        }
        seen.set(c, all);
        return all.subList(before.size(), all.size());
    }

    private List<LedgerEntry> statement(int c) {
        List<LedgerEntry> newestFirst = new ArrayList<>();
        Page<LedgerEntry> page = ledger.statement(ref(c), PageRequest.first(PAGE));
        newestFirst.addAll(page.items());
        while (page.hasNext()) {
            page = ledger.statement(ref(c), PageRequest.after(page.nextCursor().orElseThrow(), PAGE));
            newestFirst.addAll(page.items());
        }
        List<LedgerEntry> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Gives the model's new lots the ids the storage chose, from the entries that credited them. */
    private void nameNewLots(int c, List<LedgerEntry> fresh) {
        for (ExpectedEntry expected : model.account(c).expected) {
            if (expected.moves().stream().noneMatch(m -> m.lot().id == null)) {
                continue;
            }
            LedgerEntry actual = fresh.stream().filter(e -> e.type() == expected.type() && e.operationKey().equals(expected.key()))
                    .findFirst().orElseThrow(() -> new AssertionError("c" + c + " has no new " + expected.type() + " entry for "
                            + expected.key() + "; new entries: " + fresh));
            assertThat(actual.lots()).as("lots credited by %s", actual).hasSize(expected.moves().size());
            for (int i = 0; i < expected.moves().size(); i++) {
                expected.moves().get(i).lot().id = actual.lots().get(i).lotId();
            }
        }
    }

    private void checkEntries(int c, List<LedgerEntry> fresh, String key, List<String> userEntries) {
        List<String> actual = new ArrayList<>();
        Map<String, Long> actualExpiry = new TreeMap<>();
        for (LedgerEntry e : fresh) {
            boolean user = e.operationKey().startsWith(USER_KEY_PREFIX);
            if (user) {
                assertThat(e.operationKey()).as("invariant 4: an entry under an earlier operation's key appeared: %s", e).isEqualTo(key);
                userEntries.add(e.entryId());
            }
            if (e.type() == EntryType.EXPIRE) {
                assertThat(user).as("expiry entries are the ledger's own: %s", e).isFalse();
                e.lots().forEach(m -> actualExpiry.merge(m.lotId(), m.points(), Long::sum));
                continue;
            }
            actual.add(describe(e.type(), e.points(), e.direction(), user ? e.operationKey() : "*",
                    e.lots().stream().map(m -> new String[] {m.lotId(), Long.toString(m.points())}).toList()));
        }
        List<String> expected = new ArrayList<>();
        Map<String, Long> expectedExpiry = new TreeMap<>();
        for (ExpectedEntry e : model.account(c).expected) {
            if (e.type() == EntryType.EXPIRE) {
                e.moves().forEach(m -> expectedExpiry.merge(m.lot().id, m.points(), Long::sum));
                continue;
            }
            expected.add(describe(e.type(), e.points(), e.direction(), e.key() == null ? "*" : e.key(),
                    e.moves().stream().map(m -> new String[] {m.lot().id, Long.toString(m.points())}).toList()));
        }
        // how many EXPIRE entries a lot's expiry takes is the ledger's choice; what expired from which lot is not
        assertThat(actualExpiry).as("points expired per lot of c%s in this step", c).isEqualTo(expectedExpiry);
        assertThat(actual).as("entries written for c%s in this step: %s", c, fresh.stream()
                .map(e -> "#" + e.sequence() + " " + e.type() + " " + e.points() + " " + e.operationKey() + " " + e.at()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String describe(EntryType type, long points, int direction, String key, List<String[]> moves) {
        Map<String, Long> byLot = new TreeMap<>();
        moves.forEach(m -> byLot.merge(m[0], Long.parseLong(m[1]), Long::sum));
        return type + " " + points + " (" + direction + ") " + key + " " + byLot;
    }

    private void checkAccount(int c, Optional<PointsAccount> row, BalanceView view) {
        Account m = model.account(c);
        long held = model.held(c);
        assertThat(row.isPresent()).as("c%s's account exists", c).isEqualTo(m.opened);
        assertThat(List.of(view.available(), view.pending(), view.held(), view.debt(), view.lifetimeEarned(), view.lifetimeRedeemed()))
                .as("balance of c%s: available, pending, held, debt, earned, redeemed", c)
                .containsExactly(m.available(), m.pending(), held, m.debt, m.earned, m.redeemed);
        assertThat(view.expiringSoon()).as("points of c%s expiring in 30 days", c).isEqualTo(expiringSoon(m));
        if (row.isEmpty()) {
            assertThat(ledger.openLots(ref(c))).isEmpty();
            assertThat(seen.get(c)).isEmpty();
            return;
        }
        PointsAccount a = row.get();
        assertThat(List.of(a.available(), a.pending(), a.held(), a.debt(), a.earned(), a.adjustedIn(), a.transferredIn(), a.redeemed(),
                a.expired(), a.reversed(), a.adjustedOut(), a.transferredOut()))
                .as("account row of c%s: available, pending, held, debt, earned, adjusted in, transferred in, redeemed, expired,"
                        + " reversed, adjusted out, transferred out", c)
                .containsExactly(m.available(), m.pending(), held, m.debt, m.earned, m.adjustedIn, m.transferredIn, m.redeemed,
                        m.expired, m.reversed, m.adjustedOut, m.transferredOut);
        assertThat(a.nextDueAt()).as("when c%s next changes by itself", c).isEqualTo(model.nextDue(c));
        assertThat(a.isConserved()).as("invariant 3 for c%s: %s", c, a).isTrue();

        List<PointsLot> lots = ledger.openLots(ref(c));
        long inLots = lots.stream().filter(l -> l.status() == LotStatus.AVAILABLE && (l.expiresAt() == null || l.expiresAt().isAfter(model.now)))
                .mapToLong(PointsLot::remaining).sum();
        assertThat(inLots - a.debt()).as("invariant 1 for c%s: available = unexpired available lots - debt", c).isEqualTo(a.available());
        if (model.policy != DebtPolicy.ALLOW_NEGATIVE_BALANCE) {
            assertThat(a.available()).as("invariant 1 for c%s: never negative under %s", c, model.policy).isNotNegative();
        }
        assertThat(lots.stream().map(LedgerObserver::describe).toList()).as("open lots of c%s, in spending order", c)
                .containsExactlyElementsOf(m.openLots().stream().map(LedgerObserver::describe).toList());
        assertThat(ledger.openHolds(ref(c)).stream().map(LedgerObserver::describe).sorted().toList()).as("open holds of c%s", c)
                .containsExactlyElementsOf(model.openHolds(c).stream().map(LedgerObserver::describe).sorted().toList());
        long signed = seen.get(c).stream().mapToLong(LedgerEntry::signedPoints).sum();
        assertThat(signed).as("the statement of c%s adds up to available + pending + held", c)
                .isEqualTo(a.available() + a.pending() + a.held());
    }

    private List<ExpiringPoints> expiringSoon(Account m) {
        Instant horizon = model.now.plus(30, ChronoUnit.DAYS);
        Map<java.time.LocalDate, Long> byDay = new TreeMap<>();
        for (Lot lot : m.openLots()) {
            if (lot.status == LotStatus.AVAILABLE && !lot.expiresAt.isAfter(horizon)) {
                byDay.merge(lot.expiresAt.minusNanos(1).atZone(LedgerModel.ZONE).toLocalDate(), lot.remaining, Long::sum);
            }
        }
        return byDay.entrySet().stream().map(e -> new ExpiringPoints(e.getKey(), e.getValue())).toList();
    }

    private static String describe(PointsLot l) {
        return l.lotId() + " " + l.orderReference() + " " + l.status() + " " + l.remaining() + "/" + l.original() + " earned "
                + l.earnedAt() + " available " + l.availableAt() + " expires " + l.expiresAt();
    }

    private static String describe(Lot l) {
        return l.id + " " + l.order + " " + l.status + " " + l.remaining + "/" + l.original + " earned " + l.earnedAt
                + " available " + l.availableAt + " expires " + l.expiresAt;
    }

    private static String describe(PointsHold h) {
        return h.holdId() + " " + h.points() + " " + h.status() + " until " + h.expiresAt() + " "
                + h.lots().stream().sorted(Comparator.comparing(LotMovement::lotId)).map(m -> m.lotId() + ":" + m.points()).toList();
    }

    private static String describe(Hold h) {
        return h.id + " " + h.points + " " + h.status + " until " + h.expiresAt + " "
                + h.taken.stream().sorted(Comparator.comparing((Move m) -> m.lot().id)).map(m -> m.lot().id + ":" + m.points()).toList();
    }

    private AccountRef ref(int c) {
        return AccountRef.of(world.tenant(), world.customer(c), LedgerStep.PROGRAMME);
    }
}
