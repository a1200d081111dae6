package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PluginKinds;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The skeleton every loyalty use case runs in: the programme (cached for a second, its expiry
 * policy made by the registry), the accounts locked in a fixed order, the replay check under the
 * locks, settlement of what fell due, then one write of entries, lots, holds, balances, receipt
 * and events.
 */
final class LedgerOperations {

    final PointsLedger ledger;
    final CustomerRepository customers;
    final TierLookup tiers;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final IdGenerator ids;
    final PurchaseEarning earning;
    private final ProgrammeRepository programmes;
    private final ExpiryPolicies expiryPolicies;
    private final ShortLivedCache<ProgrammeKey, LoyaltyProgramme> programmeCache = new ShortLivedCache<>();

    /** A programme's key in the cache. */
    private record ProgrammeKey(TenantId tenantId, ProgrammeId id) {}

    LedgerOperations(ProgrammeRepository programmes, PointsLedger ledger, CustomerRepository customers, TierLookup tiers,
            List<EarningRule> earningRules, ExpiryPolicies expiryPolicies, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids) {
        this.programmes = checkNotNull(programmes, "programmes");
        this.ledger = checkNotNull(ledger, "ledger");
        this.customers = checkNotNull(customers, "customers");
        this.tiers = checkNotNull(tiers, "tiers");
        this.expiryPolicies = checkNotNull(expiryPolicies, "expiryPolicies");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.ids = checkNotNull(ids, "ids");
        this.earning = new PurchaseEarning(ledger, checkNotNull(earningRules, "earningRules"));
    }

    /**
     * Stores or replaces a tenant's programme. This service uses the new programme at once; other
     * application instances within a second (they reuse a programme they read for up to one
     * second, to spare every ledger operation a read).
     */
    void defineProgramme(LoyaltyProgramme programme) {
        checkNotNull(programme, "programme");
        validator.check(programme);
        List<Violation> problems = new ArrayList<>();
        PluginKinds.checkSpec(problems, "expiry", programme.expiry().spec(), expiryPolicies::parse);
        ValidationException.throwIfAny("LoyaltyProgramme", problems);
        transactions.run(() -> programmes.save(programme));
        programmeCache.forget(new ProgrammeKey(programme.tenantId(), programme.id()));
    }

    /** The programme, if defined (as read within the last second; see {@link #defineProgramme}). */
    Optional<LoyaltyProgramme> programme(TenantId tenantId, ProgrammeId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return transactions.inTransaction(() -> cached(tenantId, id));
    }

    LoyaltyProgramme programmeOf(TenantId tenantId, ProgrammeId id) {
        return cached(tenantId, id)
                .orElseThrow(() -> new NotFoundException("programme", tenantId, id.value()));
    }

    /** The programme as read within the last second, inside the caller's transaction. */
    private Optional<LoyaltyProgramme> cached(TenantId tenantId, ProgrammeId id) {
        return programmeCache.get(new ProgrammeKey(tenantId, id), () -> load(tenantId, id));
    }

    /** The stored programme with its expiry policy made by this instance's registry. */
    private Optional<LoyaltyProgramme> load(TenantId tenantId, ProgrammeId id) {
        return programmes.find(tenantId, id).map(p -> {
            try {
                return expiryPolicies.resolve(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("cannot read the expiry policy of loyalty programme " + id.value() + ": " + e.getMessage(), e);
            }
        });
    }

    Customer requireCustomer(TenantId tenantId, CustomerId customerId) {
        return customers.find(tenantId, customerId).orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
    }

    /**
     * The skeleton of every operation: locks the accounts in a fixed order, answers a replay with
     * the stored receipt, settles, applies, stores entries, account rows, receipt and events.
     */
    PointsReceipt operate(TenantId tenantId, String key, Object command, List<CustomerId> customerIds, boolean mayOpen,
            ProgrammeId programmeId, Function<List<AccountWork>, PointsReceipt> operation) {
        return operate(tenantId, key, command, customerIds, mayOpen, programmeId, null, false, p -> List.of(), operation);
    }

    /**
     * {@link #operate} for an operation that spends from its accounts' lots (a redemption, a hold):
     * the first lots to spend are read with the locks ({@link PointsLedger#lockForOperation}).
     */
    PointsReceipt operateSpending(TenantId tenantId, String key, Object command, List<CustomerId> customerIds, ProgrammeId programmeId,
            Function<List<AccountWork>, PointsReceipt> operation) {
        return operate(tenantId, key, command, customerIds, false, programmeId, null, true, p -> List.of(), operation);
    }

    /**
     * A one-off an operation claims: the tenant's counter {@code name} ({@link PointsLedger#claim}),
     * and what to throw if it was claimed before.
     */
    record Once(String name, Supplier<? extends RuntimeException> taken) {}

    /**
     * {@link #operate} for an operation done once per {@code once} (an order's earning) that locks
     * the tenant's {@code counters} as it goes (campaign budgets and limits, given the programme): the
     * claim is made and the counters are locked with the locks and the receipt's read ({@link
     * PointsLedger#lockForOperation}); the counters' values reach the operation as {@link
     * AccountWork#lockedCounters}. A first run (not a replay) whose claim finds the one-off taken
     * throws {@link Once#taken}.
     */
    PointsReceipt operate(TenantId tenantId, String key, Object command, List<CustomerId> customerIds, boolean mayOpen,
            ProgrammeId programmeId, Once once, Function<LoyaltyProgramme, List<String>> counters,
            Function<List<AccountWork>, PointsReceipt> operation) {
        return operate(tenantId, key, command, customerIds, mayOpen, programmeId, once, false, counters, operation);
    }

    private PointsReceipt operate(TenantId tenantId, String key, Object command, List<CustomerId> customerIds, boolean mayOpen,
            ProgrammeId programmeId, @Nullable Once once, boolean spends, Function<LoyaltyProgramme, List<String>> counters,
            Function<List<AccountWork>, PointsReceipt> operation) {
        String fingerprint = Fingerprint.of(command);
        Instant now = now();
        // the locks make most races wait, but two first operations can both open an account: the
        // one that loses starts over (when it is the outermost unit) and finds the account
        return UnitOfWork.retrying(transactions, () -> {
            LoyaltyProgramme programme = programmeOf(tenantId, programmeId);
            List<AccountWork> works = new ArrayList<>();
            List<AccountRef> refs = inLockOrder(customerIds, programme);
            List<String> counting = counters.apply(programme);
            LockedAccounts locked = once == null && !spends && counting.isEmpty() ? ledger.lockWithReceipt(tenantId, refs, key)
                    : ledger.lockForOperation(tenantId, refs, key, once == null ? null : once.name(), spends ? WorkingLots.FIRST_READ : 0,
                            counting);
            AccountWork[] inLockOrder = new AccountWork[refs.size()];
            boolean opened = false;
            for (int i = 0; i < refs.size(); i++) {
                AccountRef ref = refs.get(i);
                Optional<PointsAccount> account = locked.accounts().get(i);
                if (account.isEmpty()) {
                    // an existing account proves its customer exists (and erasure keeps the customer row)
                    customers.requireExists(tenantId, ref.customerId());
                    if (mayOpen) {
                        account = Optional.of(ledger.lockOrOpen(ref));
                        opened = true;
                    }
                }
                AccountWork work = account
                        .map(a -> new AccountWork(ledger, programme, a, now, ids))
                        .orElseGet(() -> AccountWork.unopened(ledger, programme, ref, now, ids));
                if (!locked.spendable().isEmpty() && locked.accounts().get(i).isPresent()) {
                    work.lots.firstRead(locked.spendable().get(i)); // read with the lock: the first lots to spend
                }
                work.lockedCounters = locked.counters();
                inLockOrder[i] = work;
            }
            // checked under the account locks, so concurrent replays of one key see each other; an
            // account opened just now was not locked when the receipt was read, so it is read again
            Optional<PointsReceipt> replay = replay(key, fingerprint, opened ? ledger.receipt(tenantId, key) : locked.receipt());
            if (replay.isPresent()) {
                return replay.get();
            }
            if (once != null && !locked.claimed()) {
                throw once.taken().get();
            }
            if (inLockOrder.length == 1) { // one account (most operations): every id is its customer's
                customerIds.forEach(id -> works.add(inLockOrder[0]));
            } else {
                Map<CustomerId, AccountWork> byCustomer = new HashMap<>(2 * inLockOrder.length);
                for (AccountWork work : inLockOrder) {
                    byCustomer.put(work.ref().customerId(), work);
                }
                customerIds.forEach(id -> works.add(byCustomer.get(id)));
            }
            works.forEach(AccountWork::settle);
            PointsReceipt receipt = operation.apply(works);
            AccountWork.Writes writes = new AccountWork.Writes();
            works.forEach(work -> work.finish(writes));
            ledger.write(writes.toWrite(tenantId, new StoredReceipt(fingerprint, receipt)));
            works.forEach(work -> work.events.forEach(events::publish));
            return receipt;
        });
    }

    /** The accounts of {@code customerIds} in lock order (by customer id), so that two operations on the same accounts cannot deadlock. */
    private static List<AccountRef> inLockOrder(List<CustomerId> customerIds, LoyaltyProgramme programme) {
        if (customerIds.size() == 1) { // the everyday case: one account, nothing to order
            return List.of(programme.account(customerIds.get(0)));
        }
        return customerIds.stream().sorted(Comparator.comparing(CustomerId::value)).map(programme::account).toList();
    }

    PointsReceipt onHold(TenantId tenantId, String key, Object command, String holdId,
            BiFunction<AccountWork, PointsHold, PointsReceipt> operation) {
        String fingerprint = Fingerprint.of(command);
        Instant now = now();
        return UnitOfWork.retrying(transactions, () -> {
            // the hold names the account to lock (a hold is never deleted, so a replay finds it too); read with the lock, the
            // receipt, and where the store can the account's open holds and its lots' next due instant, which the work reads anyway
            LockedHold locked = ledger.lockForHold(tenantId, holdId, key);
            Optional<PointsReceipt> replay = replay(key, fingerprint, locked.receipt());
            if (replay.isPresent()) {
                return replay.get();
            }
            if (locked.account().isEmpty()) {
                // the key used before with another hold was told above as a replay or a reuse, not as an unknown hold
                throw new NotFoundException("hold", tenantId, holdId);
            }
            LoyaltyProgramme programme = programmeOf(tenantId, locked.account().get().ref().programmeId());
            AccountWork work = AccountWork.onHold(ledger, programme, now, ids, locked);
            work.settle();
            // open, it was read with the account's open holds under the lock; otherwise it is read for the refusal
            PointsHold hold = work.currentHold(holdId).orElseGet(() -> ledger.hold(tenantId, holdId).orElseThrow());
            if (hold.status() != HoldStatus.OPEN) {
                work.finish();
                work.events.forEach(events::publish);
                throw new HoldNotOpenException(holdId, hold.status(),
                        hold.status() == HoldStatus.RELEASED && !hold.expiresAt().isAfter(now) ? " (it timed out at " + hold.expiresAt() + ")" : "");
            }
            PointsReceipt receipt = operation.apply(work, hold);
            AccountWork.Writes writes = new AccountWork.Writes();
            work.finish(writes);
            ledger.write(writes.toWrite(tenantId, new StoredReceipt(fingerprint, receipt)));
            work.events.forEach(events::publish);
            return receipt;
        });
    }

    private static Optional<PointsReceipt> replay(String key, String fingerprint, Optional<StoredReceipt> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key, stored.get().receipt().operation());
        }
        return Optional.of(stored.get().receipt());
    }

    PointsAccount settleNow(AccountRef ref, LoyaltyProgramme programme, Instant now) {
        PointsAccount locked = ledger.lock(ref).orElseThrow();
        if (!locked.isDueBy(now)) {
            return locked;
        }
        AccountWork work = new AccountWork(ledger, programme, locked, now, ids);
        work.settle();
        PointsAccount updated = work.finish();
        work.events.forEach(events::publish);
        return updated;
    }

    static PointsReceipt receipt(String key, String operation, AccountWork work, long points, String holdId, long shortfall,
            List<String> entryIds, List<Contribution> explanation) {
        return new PointsReceipt(key, operation, work.ref(), points, holdId, shortfall, entryIds, work.account.available(),
                explanation, work.now);
    }

    static void requireAvailable(AccountWork work, long points) {
        if (work.spendable() < points) {
            throw new InsufficientPointsException(work.ref(), points, work.account.available(), work.account.held());
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
