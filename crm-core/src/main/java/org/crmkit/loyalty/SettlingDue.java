package org.crmkit.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.shared.Shards;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles every due account of a shard a page of {@value #PAGE} accounts at a time, each page in
 * one unit of work: one read of the due accounts, one of their open lots, one of their open holds;
 * each account settled in memory by the ledger's own rules ({@link AccountWork#settle}); then one
 * write of every entry, lot, hold and balance, each account's balance checked against the version
 * read, and the events with the unit. The accounts' row locks are taken by that write, in key
 * order, so a settlement never waits holding locks that an operation wants in the other order.
 *
 * <p>An account another unit changed since the page was read (an earn, a redemption) is not
 * overwritten: nothing of its settlement is stored, and it is settled again on its own, locked.
 * So is an account whose settlement fails, and every account of a page whose unit fails; an
 * account that still fails is logged, stays due, and is skipped for the rest of the run.
 */
final class SettlingDue {

    private static final Logger log = LoggerFactory.getLogger(SettlingDue.class);
    /** Accounts per page and unit of work. */
    static final int PAGE = 500;

    private final LedgerOperations ops;

    SettlingDue(LedgerOperations ops) {
        this.ops = ops;
    }

    /** How many accounts of the tenant (of every tenant if null), shard {@code shard} of {@code shards}, were settled. */
    int run(@Nullable TenantId tenantId, int shard, int shards) {
        Shards.check(shard, shards);
        Instant now = ops.now();
        int settled = 0;
        Set<AccountRef> failed = new HashSet<>();
        while (true) {
            AtomicReference<List<PointsAccount>> read = new AtomicReference<>(List.of());
            PageDone done;
            try {
                done = ops.transactions.inTransaction(() -> {
                    List<PointsAccount> due = ops.ledger.dueAccountRows(tenantId, now, shard, shards, PAGE + failed.size()).stream()
                            .filter(a -> !failed.contains(a.ref())).toList();
                    read.set(due);
                    return settlePage(due, now);
                });
            } catch (RuntimeException e) {
                if (read.get().isEmpty() || ops.transactions.inUnitOfWork()) {
                    // nothing read to go on with; or the caller's unit holds the page's writes and nothing
                    // rolled back, so settling one by one would build on a half-written page
                    throw e;
                }
                log.debug("settling a page of {} points accounts rolled back ({}); settling them one by one", read.get().size(), e.toString());
                done = new PageDone(0, List.of(), read.get().stream().map(PointsAccount::ref).toList());
            }
            if (read.get().isEmpty()) {
                if (!failed.isEmpty()) {
                    log.warn("{} accounts of shard {}/{} could not be settled; they stay due", failed.size(), shard, shards);
                }
                return settled;
            }
            failed.addAll(done.stillDue()); // would come back forever
            settled += done.settled() + oneByOne(done.again(), now, failed);
            log.debug("settled {} accounts of shard {}/{}", settled, shard, shards);
        }
    }

    /** Settles the page's accounts and writes those still at the version read. */
    private PageDone settlePage(List<PointsAccount> due, Instant now) {
        List<AccountRef> refs = due.stream().map(PointsAccount::ref).toList();
        Map<AccountRef, List<PointsLot>> lots = ops.ledger.openLotsOf(refs);
        Map<AccountRef, List<PointsHold>> holds = ops.ledger.openHoldsOf(due.stream().filter(a -> a.held() > 0).map(PointsAccount::ref).toList());
        List<AccountRef> again = new ArrayList<>();
        List<AccountWork> works = new ArrayList<>(due.size());
        List<LedgerWrite> writes = new ArrayList<>(due.size());
        for (PointsAccount account : due) {
            try {
                LoyaltyProgramme programme = ops.programmeOf(account.ref().tenantId(), account.ref().programmeId());
                AccountWork work = AccountWork.read(ops.ledger, programme, account, now, ops.ids, read(lots, account, "lots"),
                        account.held() > 0 ? read(holds, account, "holds") : List.of());
                work.settle();
                AccountWork.Writes changed = new AccountWork.Writes();
                work.finish(changed);
                works.add(work);
                writes.add(changed.toWrite(account.ref().tenantId(), null));
            } catch (RuntimeException e) {
                log.debug("could not settle points account {} in its page ({}); settling it on its own", account.ref(), e.toString());
                again.add(account.ref());
            }
        }
        Set<LedgerWrite> lost = Collections.newSetFromMap(new IdentityHashMap<>());
        lost.addAll(ops.ledger.writeUnlessChanged(writes));
        int settled = 0;
        List<AccountRef> stillDue = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            AccountWork work = works.get(i);
            if (lost.contains(writes.get(i))) {
                again.add(work.ref()); // changed by another unit since the page was read
            } else {
                work.events.forEach(ops.events::publish);
                if (writes.get(i).accounts().get(0).isDueBy(now)) {
                    stillDue.add(work.ref());
                } else {
                    settled++;
                }
            }
        }
        return new PageDone(settled, stillDue, again);
    }

    /** What the page's read found for the account: a storage that left it out read nothing for it, which is not "none". */
    private static <T> List<T> read(Map<AccountRef, List<T>> read, PointsAccount account, String what) {
        List<T> found = read.get(account.ref());
        if (found == null) {
            throw new IllegalStateException("the ledger read no open " + what + " for points account " + account.ref());
        }
        return found;
    }

    /**
     * What a page's unit of work did.
     *
     * @param settled accounts settled and stored
     * @param stillDue accounts stored but still due at the run's instant: not to be read again in the run
     * @param again accounts to settle on their own
     */
    private record PageDone(int settled, List<AccountRef> stillDue, List<AccountRef> again) {}

    /** Settles each account in a unit of its own, locked; returns how many were settled. */
    private int oneByOne(List<AccountRef> refs, Instant now, Set<AccountRef> failed) {
        int settled = 0;
        for (AccountRef ref : refs) {
            try {
                PointsAccount after = ops.transactions.inTransaction(
                        () -> ops.settleNow(ref, ops.programmeOf(ref.tenantId(), ref.programmeId()), now));
                if (after.isDueBy(now)) {
                    failed.add(ref); // would come back forever
                } else {
                    settled++;
                }
            } catch (RuntimeException e) {
                failed.add(ref);
                log.warn("could not settle points account {}: {}", ref, e.toString());
            }
        }
        return settled;
    }
}
