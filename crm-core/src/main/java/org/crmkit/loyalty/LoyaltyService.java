package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.Shards;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loyalty context's public API: earn, hold and commit at checkout, redeem, refund, transfer,
 * grant, adjust, expire, and read balances and statements.
 *
 * <p>Every operation that moves points carries an idempotency key, unique per tenant: replaying it
 * with the same request returns the first {@link PointsReceipt} and changes nothing; reusing it for
 * a different request is an {@link IdempotencyKeyReusedException}. Each operation runs in one
 * unit of work that locks the accounts it touches (in a fixed order, so transfers cannot
 * deadlock), settles what fell due (timed-out holds, matured pending points, expired lots), then
 * applies the change, its entries and its events. Thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyService {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyService.class);
    private static final int EXPIRING_SOON_DAYS = 30;
    private static final Duration MAX_HOLD_TTL = Duration.ofDays(30);

    private final ProgrammeRepository programmes;
    private final PointsLedger ledger;
    private final CustomerRepository customers;
    private final TierLookup tiers;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;
    private final PurchaseEarning earning;
    private final ShortLivedCache<AccountKey, LoyaltyProgramme> programmeCache = new ShortLivedCache<>();

    /** A programme's key in the cache. */
    private record AccountKey(TenantId tenantId, ProgrammeId id) {}

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public LoyaltyService(
            ProgrammeRepository programmes,
            PointsLedger ledger,
            CustomerRepository customers,
            TierLookup tiers,
            List<EarningRule> earningRules,
            TransactionRunner transactions,
            EventPublisher events,
            CommandValidator validator,
            Clock clock) {
        this.programmes = checkNotNull(programmes, "programmes");
        this.ledger = checkNotNull(ledger, "ledger");
        this.customers = checkNotNull(customers, "customers");
        this.tiers = checkNotNull(tiers, "tiers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.earning = new PurchaseEarning(ledger, checkNotNull(earningRules, "earningRules"));
    }

    /**
     * Stores or replaces a tenant's programme. This service uses the new programme at once; other
     * application instances within a second (they reuse a programme they read for up to one
     * second, to spare every ledger operation a read).
     *
     * @throws org.crmkit.shared.ValidationException if a text in it is NUL or holds an unpaired
     *     surrogate (no store keeps those alike), naming the field; nothing is stored
     */
    public void defineProgramme(LoyaltyProgramme programme) {
        checkNotNull(programme, "programme");
        validator.check(programme);
        transactions.run(() -> programmes.save(programme));
        programmeCache.forget(new AccountKey(programme.tenantId(), programme.id()));
    }

    /** The programme, if defined (as read within the last second; see {@link #defineProgramme}). */
    public Optional<LoyaltyProgramme> programme(TenantId tenantId, ProgrammeId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return transactions.inTransaction(() -> programmeCache.get(new AccountKey(tenantId, id), () -> programmes.find(tenantId, id)));
    }

    /**
     * Earns points for a paid order by the programme's rules; they stay pending for the
     * programme's pending period. The receipt explains what each rule contributed.
     *
     * @throws ValidationException for a bad order (lines not adding up, wrong currency, paid in the
     *     future, more than 10^12 paid or earned)
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    public PointsReceipt earnForPurchase(PurchaseOrder order) {
        validator.check(order);
        Instant now = now();
        Instant paidAt = order.paidAt() == null ? now : order.paidAt().truncatedTo(ChronoUnit.MICROS);
        List<Violation> violations = new ArrayList<>();
        if (paidAt.isAfter(now)) {
            violations.add(Violation.of("paidAt", paidAt, "must not be after the current time " + now));
        }
        if (order.paid().isNegative()) {
            violations.add(Violation.of("paid", order.paid(), "must not be negative"));
        }
        checkAmount("paid", order.paid(), violations);
        if (!PurchaseEarning.linesMatch(order)) {
            violations.add(Violation.of("lines", order.lines().size() + " lines", "must add up to the paid amount " + order.paid()));
        }
        reject(order, violations);
        return operate(order.tenantId(), order.idempotencyKey(), order, List.of(order.customerId()), true, order.programmeId(), w -> {
            LoyaltyProgramme programme = w.get(0).programme;
            if (!order.paid().currency().equals(programme.earning().currency())) {
                reject(order, List.of(Violation.of("paid", order.paid(), "must be in the programme's currency "
                        + programme.earning().currency())));
            }
            AccountWork work = w.get(0);
            if (!PurchaseEarning.claimOnce(ledger, work.ref().tenantId(), AccountCounters.name("order-earned", work.ref(), order.orderId()))) {
                throw new LedgerRuleException("order " + order.orderId() + " already earned points in " + work.ref()
                        + " under another idempotency key; replay that key instead");
            }
            TierLookup.Standing standing = tiers.standingOf(order.tenantId(), order.customerId(), order.programmeId());
            List<Contribution> explanation = earning.evaluate(programme, order, paidAt, standing.tier(), standing.pointsMultiplier());
            long points = PurchaseEarning.sum(explanation);
            if (points > Keys.MAX_POINTS) {
                reject(order, List.of(Violation.of("paid", order.paid(), "would earn " + points + " points, more than the "
                        + Keys.MAX_POINTS + " one operation may credit")));
            }
            List<String> entryIds = new ArrayList<>();
            if (points > 0) {
                Instant expiresAt = programme.expiry().expiresAt(paidAt, programme.zone()).orElse(null);
                String lot = work.credit(points, order.orderId(), true, paidAt, expiresAt);
                boolean pending = paidAt.plus(programme.pendingPeriod()).isAfter(now);
                work.account.earned += points;
                entryIds.add(work.entry(EntryType.EARN, points, 1, order.idempotencyKey(), "purchase", order.orderId(), "system",
                        List.of(new LotMovement(lot, points))).entryId());
                work.events.add(new PointsEarned(UUID.randomUUID(), now, order.tenantId(), work.ref(), order.idempotencyKey(),
                        points, pending, order.orderId()));
                // an order reported after its points' expiry (paid on New Year's Eve, expiring at year end) expires them now
                work.settle();
            }
            return receipt(order.idempotencyKey(), "EARN_PURCHASE", work, points, null, 0, entryIds, explanation);
        });
    }

    /**
     * Credits the programme's fixed bonus for an event.
     *
     * @throws LedgerRuleException if the programme gives no bonus for the event, a birthday bonus
     *     is asked for on another day, or the first-purchase bonus was given before (as an event or
     *     with a purchase)
     */
    public PointsReceipt earnBonus(EarnBonus command) {
        validator.check(command);
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), true, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            LoyaltyProgramme programme = work.programme;
            Long points = programme.earning().bonuses().get(command.event());
            if (points == null) {
                throw new LedgerRuleException("programme " + programme.id() + " gives no " + command.event() + " bonus; it gives "
                        + programme.earning().bonuses().keySet());
            }
            if (command.event() == BonusEvent.BIRTHDAY) {
                checkBirthday(command.tenantId(), command.customerId(), work);
            }
            String once = bonusOnceKey(command, work);
            if (once != null && !PurchaseEarning.claimOnce(ledger, work.ref().tenantId(), once)) {
                throw new LedgerRuleException(command.event() + " bonus was already given to " + work.ref()
                        + (command.event() == BonusEvent.BIRTHDAY ? " this year" : command.reference() != null ? " for " + command.reference() : ""));
            }
            if (command.event() == BonusEvent.FIRST_PURCHASE && !PurchaseEarning.claimFirstPurchase(ledger, work.ref())) {
                throw new LedgerRuleException("account " + work.ref() + " had its first-purchase bonus already; it is given once");
            }
            Instant expiresAt = programme.expiry().expiresAt(work.now, programme.zone()).orElse(null);
            String lot = work.credit(points, null, false, work.now, expiresAt);
            work.account.earned += points;
            LedgerEntry entry = work.entry(EntryType.EARN, points, 1, command.idempotencyKey(), "bonus: " + command.event(),
                    command.reference(), "system", List.of(new LotMovement(lot, points)));
            work.events.add(new PointsEarned(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    points, false, command.reference()));
            return receipt(command.idempotencyKey(), "EARN_BONUS", work, points, null, 0, List.of(entry.entryId()),
                    List.of(new Contribution("bonus:" + command.event(), points, "fixed bonus for " + command.event())));
        });
    }

    /** Credits goodwill or compensation points, available at once. */
    public PointsReceipt grant(GrantPoints command) {
        validator.check(command);
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), true, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            Instant expiresAt = work.programme.expiry().expiresAt(work.now, work.programme.zone()).orElse(null);
            String lot = work.credit(command.points(), null, false, work.now, expiresAt);
            work.account.earned += command.points();
            LedgerEntry entry = work.entry(EntryType.EARN, command.points(), 1, command.idempotencyKey(), command.reason(),
                    command.reference(), command.actor(), List.of(new LotMovement(lot, command.points())));
            work.events.add(new PointsEarned(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), false, command.reference()));
            return receipt(command.idempotencyKey(), "GRANT", work, command.points(), null, 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * How many points an order with {@code payable} left to pay may use, by the programme's
     * redemption limits and the customer's available points.
     */
    public RedemptionQuote quote(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Money payable) {
        checkNotNull(payable, "payable");
        LoyaltyProgramme programme = transactions.inTransaction(() -> programmeOf(tenantId, programmeId));
        if (payable.isNegative() || !payable.currency().equals(programme.cashRate().cash().currency())) {
            throw new ValidationException("quote", List.of(Violation.of("payable", payable,
                    "must not be negative and must be in the programme's currency " + programme.cashRate().cash().currency())));
        }
        List<Violation> tooMuch = new ArrayList<>();
        checkAmount("payable", payable, tooMuch);
        if (!tooMuch.isEmpty()) {
            throw new ValidationException("quote", tooMuch);
        }
        BalanceView balance = balance(tenantId, customerId, programmeId);
        RedemptionLimits limits = programme.redemptionLimits();
        Money maxCash = payable.times(limits.maxShareOfOrder(), RoundingMode.DOWN);
        long byOrder = programme.cashRate().pointsCovering(maxCash);
        long max = Math.min(byOrder, Math.max(0, balance.available()));
        max -= max % limits.multipleOf();
        String reason;
        if (max < limits.minimumPoints()) {
            reason = "below the minimum of " + limits.minimumPoints() + " points per redemption";
            max = 0;
        } else if (byOrder <= balance.available()) {
            reason = "limited by the order: points may pay at most " + limits.maxShareOfOrder().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                    + "% of " + payable;
        } else {
            reason = "limited by the " + balance.available() + " available points";
        }
        return new RedemptionQuote(max, programme.cashRate().cashFor(max, RoundingMode.DOWN), balance.available(), reason);
    }

    /**
     * Reserves points for an order at checkout.
     *
     * @throws ValidationException if the time to live is not positive, or the payable amount is
     *     negative or not in the programme's currency
     * @throws InsufficientPointsException if fewer points are available
     * @throws LedgerRuleException if the points break the programme's redemption limits
     */
    public PointsReceipt hold(HoldPoints command) {
        validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (command.ttl() != null && (command.ttl().isZero() || command.ttl().isNegative() || command.ttl().compareTo(MAX_HOLD_TTL) > 0)) {
            violations.add(Violation.of("ttl", command.ttl(), "must be positive and at most " + MAX_HOLD_TTL.toDays() + " days"));
        }
        if (command.payable() != null && command.payable().isNegative()) {
            violations.add(Violation.of("payable", command.payable(), "must not be negative"));
        }
        if (command.payable() != null) {
            checkAmount("payable", command.payable(), violations);
        }
        reject(command, violations);
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), false, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            if (command.payable() != null && !command.payable().currency().equals(work.programme.cashRate().cash().currency())) {
                reject(command, List.of(Violation.of("payable", command.payable(), "must be in the programme's currency "
                        + work.programme.cashRate().cash().currency())));
            }
            checkRedemptionLimits(work.programme, command.points(), command.payable());
            requireAvailable(work, command.points());
            List<LotMovement> taken = work.takeAvailable(command.points());
            work.account.available -= command.points();
            work.account.held += command.points();
            String holdId = UUID.randomUUID().toString();
            Duration ttl = command.ttl() != null ? command.ttl() : work.programme.holdTtl();
            work.saveHold(new PointsHold(work.ref(), holdId, command.points(), command.orderReference(), work.now,
                    work.now.plus(ttl), HoldStatus.OPEN, taken));
            LedgerEntry entry = work.entry(EntryType.HOLD, command.points(), 0, command.idempotencyKey(), "held for checkout",
                    command.orderReference(), "system", taken);
            work.events.add(new PointsHeld(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), holdId, command.orderReference()));
            return receipt(command.idempotencyKey(), "HOLD", work, command.points(), holdId, 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Redeems an open hold: the order was paid.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    public PointsReceipt commit(CommitHold command) {
        validator.check(command);
        return onHold(command.tenantId(), command.idempotencyKey(), command, command.holdId(), (work, hold) -> {
            work.account.held -= hold.points();
            work.account.redeemed += hold.points();
            work.saveHold(hold.withStatus(HoldStatus.COMMITTED));
            LedgerEntry entry = work.entry(EntryType.REDEEM, hold.points(), -1, command.idempotencyKey(), "cash offset at checkout",
                    hold.orderReference(), "system", hold.lots());
            work.events.add(new PointsRedeemed(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    hold.points(), hold.holdId(), hold.orderReference()));
            return receipt(command.idempotencyKey(), "COMMIT", work, hold.points(), hold.holdId(), 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Releases an open hold: the order was cancelled.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    public PointsReceipt release(ReleaseHold command) {
        validator.check(command);
        return onHold(command.tenantId(), command.idempotencyKey(), command, command.holdId(), (work, hold) -> {
            LedgerEntry entry = work.release(hold, command.idempotencyKey(), false);
            return receipt(command.idempotencyKey(), "RELEASE", work, hold.points(), hold.holdId(), 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Spends points on a reward.
     *
     * @throws InsufficientPointsException if fewer points are available
     */
    public PointsReceipt redeem(RedeemPoints command) {
        validator.check(command);
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), false, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            requireAvailable(work, command.points());
            List<LotMovement> taken = work.takeAvailable(command.points());
            work.account.available -= command.points();
            work.account.redeemed += command.points();
            LedgerEntry entry = work.entry(EntryType.REDEEM, command.points(), -1, command.idempotencyKey(), "reward",
                    command.rewardReference(), "system", taken);
            work.events.add(new PointsRedeemed(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), null, command.rewardReference()));
            return receipt(command.idempotencyKey(), "REDEEM", work, command.points(), null, 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Claws back the points of a refunded order; see {@link RefundOrder}.
     *
     * @throws ValidationException if the amounts are not positive, in the programme's currency, at
     *     most 10^12, refunded at most the total
     * @throws LedgerRuleException if this order's refunds together would exceed its total
     */
    public PointsReceipt refund(RefundOrder command) {
        validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (command.orderTotal().amount().signum() <= 0) {
            violations.add(Violation.of("orderTotal", command.orderTotal(), "must be more than zero"));
        }
        if (command.refunded().amount().signum() <= 0) {
            violations.add(Violation.of("refunded", command.refunded(), "must be more than zero"));
        }
        if (!command.refunded().currency().equals(command.orderTotal().currency())) {
            violations.add(Violation.of("refunded", command.refunded(), "must be in the order's currency " + command.orderTotal().currency()));
        } else if (command.refunded().compareTo(command.orderTotal()) > 0) {
            violations.add(Violation.of("refunded", command.refunded(), "must not exceed the order total " + command.orderTotal()));
        }
        checkAmount("orderTotal", command.orderTotal(), violations);
        checkAmount("refunded", command.refunded(), violations);
        reject(command, violations);
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), false, command.programmeId(),
                w -> {
            // an order earns only in the programme's currency (see earnForPurchase), so its total is in it too
            Currency currency = w.get(0).programme.earning().currency();
            if (!command.orderTotal().currency().equals(currency)) {
                reject(command, List.of(Violation.of("orderTotal", command.orderTotal(), "must be in the programme's currency " + currency)));
            }
            return new Refunds(w.get(0)).apply(command);
        });
    }

    /**
     * Gives points to another member of the tenant.
     *
     * @throws ValidationException if giver and receiver are the same
     * @throws InsufficientPointsException if the giver has fewer points available
     */
    public PointsReceipt transfer(TransferPoints command) {
        validator.check(command);
        if (command.recipientId().equals(command.customerId())) {
            reject(command, List.of(Violation.of("recipientId", command.recipientId(), "must differ from the giver")));
        }
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId(), command.recipientId()),
                true, command.programmeId(), w -> Transfers.apply(w.get(0), w.get(1), command));
    }

    /**
     * Adds or removes points by hand, with a reason and an actor.
     *
     * @throws ValidationException if the delta is zero
     * @throws InsufficientPointsException if removing more than is available
     */
    public PointsReceipt adjust(AdjustPoints command) {
        validator.check(command);
        if (command.delta() == 0) {
            reject(command, List.of(Violation.of("delta", 0, "must not be zero")));
        }
        return operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), command.delta() > 0,
                command.programmeId(), w -> {
                    AccountWork work = w.get(0);
                    long points = Math.abs(command.delta());
                    List<LotMovement> lots;
                    if (command.delta() > 0) {
                        Instant expiresAt = work.programme.expiry().expiresAt(work.now, work.programme.zone()).orElse(null);
                        lots = List.of(new LotMovement(work.credit(points, null, false, work.now, expiresAt), points));
                        work.account.adjustedIn += points;
                    } else {
                        requireAvailable(work, points);
                        lots = work.takeAvailable(points);
                        work.account.available -= points;
                        work.account.adjustedOut += points;
                    }
                    LedgerEntry entry = work.entry(EntryType.ADJUST, points, Long.signum(command.delta()), command.idempotencyKey(),
                            command.reason(), null, command.actor(), lots);
                    work.events.add(new PointsAdjusted(UUID.randomUUID(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                            command.delta(), command.reason(), command.actor()));
                    return receipt(command.idempotencyKey(), "ADJUST", work, points, null, 0, List.of(entry.entryId()), List.of());
                });
    }

    /**
     * The account's balance, settled to the clock's now. Costs one row read when nothing fell due
     * since the last change, whatever the history's length.
     *
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    public BalanceView balance(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        Instant now = now();
        AccountRef ref = AccountRef.of(tenantId, customerId, programmeId);
        return transactions.inTransaction(() -> {
            LoyaltyProgramme programme = programmeOf(tenantId, programmeId);
            Optional<PointsAccount> found = ledger.find(ref);
            if (found.isEmpty()) {
                requireCustomer(tenantId, customerId);
                return new BalanceView(ref, 0, 0, 0, 0, List.of(), 0, 0, now);
            }
            PointsAccount account = found.get();
            if (account.isDueBy(now)) {
                account = settleNow(ref, programme, now);
            }
            return view(account, programme, now);
        });
    }

    /** The account's entries, newest first, one page at a time. */
    public Page<LedgerEntry> statement(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, PageRequest request) {
        checkNotNull(request, "request");
        return transactions.inTransaction(() -> {
            programmeOf(tenantId, programmeId);
            requireCustomer(tenantId, customerId);
            return ledger.statement(AccountRef.of(tenantId, customerId, programmeId), request);
        });
    }

    /**
     * Settles every account of shard {@code shard} of {@code shards} with something due: expires
     * lots, makes matured pending points available, releases timed-out holds. Idempotent; run it
     * from several instances with different shards to share the work.
     *
     * @return how many accounts were settled
     */
    public int settleDue(int shard, int shards) {
        Shards.check(shard, shards);
        Instant now = now();
        int settled = 0;
        Set<AccountRef> failed = new HashSet<>();
        while (true) {
            List<AccountRef> due = transactions.inTransaction(() -> ledger.dueAccounts(now, shard, shards, 200 + failed.size()))
                    .stream().filter(ref -> !failed.contains(ref)).toList();
            if (due.isEmpty()) {
                if (!failed.isEmpty()) {
                    log.warn("{} accounts of shard {}/{} could not be settled; they stay due", failed.size(), shard, shards);
                }
                return settled;
            }
            for (AccountRef ref : due) {
                try {
                    PointsAccount after = transactions.inTransaction(() -> settleNow(ref, programmeOf(ref.tenantId(), ref.programmeId()), now));
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
            log.debug("settled {} accounts of shard {}/{}", settled, shard, shards);
        }
    }

    // ---------------------------------------------------------------------------------------

    private PointsAccount settleNow(AccountRef ref, LoyaltyProgramme programme, Instant now) {
        PointsAccount locked = ledger.lock(ref).orElseThrow();
        if (!locked.isDueBy(now)) {
            return locked;
        }
        AccountWork work = new AccountWork(ledger, programme, locked, now);
        work.settle();
        PointsAccount updated = work.finish();
        work.events.forEach(events::publish);
        return updated;
    }

    private BalanceView view(PointsAccount account, LoyaltyProgramme programme, Instant now) {
        Instant horizon = now.plus(EXPIRING_SOON_DAYS, ChronoUnit.DAYS);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        if (account.nextDueAt() != null && !account.nextDueAt().isAfter(horizon)) {
            for (PointsLot lot : ledger.openLots(account.ref())) {
                if (lot.status() == LotStatus.AVAILABLE && lot.expiresAt() != null && !lot.expiresAt().isAfter(horizon)) {
                    LocalDate lastDay = lot.expiresAt().minusNanos(1).atZone(programme.zone()).toLocalDate();
                    byDay.merge(lastDay, lot.remaining(), Long::sum);
                }
            }
        }
        List<ExpiringPoints> soon = byDay.entrySet().stream().map(e -> new ExpiringPoints(e.getKey(), e.getValue())).toList();
        return new BalanceView(account.ref(), account.available(), account.pending(), account.held(), account.debt(), soon,
                account.earned(), account.redeemed(), now);
    }

    /**
     * The skeleton of every operation: locks the accounts in a fixed order, answers a replay with
     * the stored receipt, settles, applies, stores entries, account rows, receipt and events.
     */
    private PointsReceipt operate(TenantId tenantId, String key, Object command, List<CustomerId> customerIds, boolean mayOpen,
            ProgrammeId programmeId, Function<List<AccountWork>, PointsReceipt> operation) {
        String fingerprint = fingerprint(command);
        Instant now = now();
        return transactions.inTransaction(() -> {
            LoyaltyProgramme programme = programmeOf(tenantId, programmeId);
            List<AccountWork> works = new ArrayList<>();
            List<CustomerId> lockOrder = customerIds.stream().sorted(Comparator.comparing(CustomerId::value)).toList();
            Map<CustomerId, AccountWork> byCustomer = new HashMap<>();
            for (CustomerId customerId : lockOrder) {
                AccountRef ref = programme.account(customerId);
                Optional<PointsAccount> account = ledger.lock(ref);
                if (account.isEmpty()) {
                    // an existing account proves its customer exists (and erasure keeps the customer row)
                    requireCustomer(tenantId, customerId);
                    if (mayOpen) {
                        account = Optional.of(ledger.lockOrOpen(ref));
                    }
                }
                byCustomer.put(customerId, account
                        .map(a -> new AccountWork(ledger, programme, a, now))
                        .orElseGet(() -> AccountWork.unopened(ledger, programme, ref, now)));
            }
            // checked under the account locks, so concurrent replays of one key see each other
            Optional<PointsReceipt> replay = replay(tenantId, key, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            customerIds.forEach(id -> works.add(byCustomer.get(id)));
            works.forEach(AccountWork::settle);
            PointsReceipt receipt = operation.apply(works);
            AccountWork.Writes writes = new AccountWork.Writes();
            works.forEach(work -> work.finish(writes));
            ledger.write(writes.toWrite(tenantId, new StoredReceipt(fingerprint, receipt)));
            works.forEach(work -> work.events.forEach(events::publish));
            return receipt;
        });
    }

    private PointsReceipt onHold(TenantId tenantId, String key, Object command, String holdId,
            BiFunction<AccountWork, PointsHold, PointsReceipt> operation) {
        String fingerprint = fingerprint(command);
        Instant now = now();
        return transactions.inTransaction(() -> {
            Optional<PointsReceipt> replay = replay(tenantId, key, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            PointsHold seen = ledger.hold(tenantId, holdId).orElseThrow(() -> new NotFoundException("hold", tenantId, holdId));
            AccountRef ref = seen.account();
            LoyaltyProgramme programme = programmeOf(tenantId, ref.programmeId());
            PointsAccount account = ledger.lock(ref).orElseThrow();
            replay = replay(tenantId, key, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            AccountWork work = new AccountWork(ledger, programme, account, now);
            work.settle();
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

    private Optional<PointsReceipt> replay(TenantId tenantId, String key, String fingerprint) {
        Optional<StoredReceipt> stored = ledger.receipt(tenantId, key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key, stored.get().receipt().operation());
        }
        return Optional.of(stored.get().receipt());
    }

    static PointsReceipt receipt(String key, String operation, AccountWork work, long points, String holdId, long shortfall,
            List<String> entryIds, List<Contribution> explanation) {
        return new PointsReceipt(key, operation, work.ref(), points, holdId, shortfall, entryIds, work.account.available,
                explanation, work.now);
    }

    static void requireAvailable(AccountWork work, long points) {
        if (work.spendable() < points) {
            throw new InsufficientPointsException(work.ref(), points, work.account.available, work.account.held);
        }
    }

    /** Amounts above 10^12 currency units are refused: they would overflow the points and minor-unit arithmetic. */
    private static void checkAmount(String field, Money amount, List<Violation> violations) {
        if (amount.amount().compareTo(Limits.MAX_AMOUNT) > 0) {
            violations.add(Violation.of(field, amount, "must be at most " + Limits.MAX_AMOUNT.toPlainString()));
        }
    }

    private static void checkRedemptionLimits(LoyaltyProgramme programme, long points, Money payable) {
        RedemptionLimits limits = programme.redemptionLimits();
        if (points < limits.minimumPoints()) {
            throw new LedgerRuleException("at least " + limits.minimumPoints() + " points must be used per redemption, not " + points);
        }
        if (points % limits.multipleOf() != 0) {
            throw new LedgerRuleException("points are redeemed in multiples of " + limits.multipleOf() + "; " + points + " is not one");
        }
        if (payable != null) {
            Money maxCash = payable.times(limits.maxShareOfOrder(), RoundingMode.DOWN);
            long max = programme.cashRate().pointsCovering(maxCash);
            if (points > max) {
                throw new LedgerRuleException("an order paying " + payable + " may use at most " + max + " points ("
                        + limits.maxShareOfOrder().toPlainString() + " of it), not " + points);
            }
        }
    }

    /**
     * The counter that makes a bonus a one-off: sign-up once per account, birthday once per
     * calendar year, review and referral once per reference; null where the event may repeat.
     */
    private static String bonusOnceKey(EarnBonus command, AccountWork work) {
        return switch (command.event()) {
            case SIGN_UP -> AccountCounters.name("bonus", work.ref(), "SIGN_UP");
            case BIRTHDAY -> AccountCounters.name("bonus", work.ref(), "BIRTHDAY", Integer.toString(work.now.atZone(work.programme.zone()).getYear()));
            case REVIEW, REFERRAL -> command.reference() == null ? null
                    : AccountCounters.name("bonus", work.ref(), command.event().name(), command.reference());
            case FIRST_PURCHASE -> null; // claimed through PurchaseEarning.claimFirstPurchase
        };
    }

    private void checkBirthday(TenantId tenantId, CustomerId customerId, AccountWork work) {
        Customer customer = requireCustomer(tenantId, customerId);
        LocalDate birth = customer.demographics().birthDate();
        LocalDate today = work.now.atZone(work.programme.zone()).toLocalDate();
        if (birth == null || !isBirthday(birth, today)) {
            throw new LedgerRuleException("a birthday bonus is given on the customer's birthday only; today is " + today
                    + (birth == null ? " and the profile has no birth date" : ""));
        }
    }

    /** A 29 February birthday is celebrated on 28 February in other years. */
    static boolean isBirthday(LocalDate birth, LocalDate today) {
        MonthDay day = MonthDay.from(birth);
        if (day.equals(MonthDay.of(2, 29)) && !today.isLeapYear()) {
            day = MonthDay.of(2, 28);
        }
        return day.equals(MonthDay.from(today));
    }

    private Customer requireCustomer(TenantId tenantId, CustomerId customerId) {
        return customers.find(tenantId, customerId).orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
    }

    private LoyaltyProgramme programmeOf(TenantId tenantId, ProgrammeId id) {
        return programmeCache.get(new AccountKey(tenantId, id), () -> programmes.find(tenantId, id))
                .orElseThrow(() -> new NotFoundException("programme", tenantId, id.value()));
    }

    private static void reject(Object command, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(command.getClass().getSimpleName(), violations);
        }
    }

    private static String fingerprint(Object command) {
        return Hashing.sha256().hashString(command.toString(), StandardCharsets.UTF_8).toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
