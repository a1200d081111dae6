package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.earning.Contribution;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.Shards;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * The tier context's public API: define ladders, feed the qualifying metric (purchases, refunds,
 * growth grants), read a member's tier, history and outlook, override by hand, and run the
 * batch assessment that applies downgrades.
 *
 * <p>The ladder's {@link org.crmkit.tier.spi.TierPolicy} decides; the built-in one moves members
 * up in the unit of work that raised the metric, and down only in {@link #assess}, on the
 * ladder's assessment days, after the retention period since the last upgrade, and by at most one
 * tier per assessment if so configured. Every change is a history line and an event. Members join
 * their ladder with their first fact. Thread-safe.
 *
 * <p><b>Facts reported late.</b> An assessment counts the facts dated up to its midnight. A
 * purchase or refund dated at or before the midnight of the member's last applied assessment,
 * reported after it ran, re-runs that assessment for the member: the policy decides again from
 * the tier the member had before it, with the fact counted, and a line dated at that midnight
 * (reason {@link ChangeReason#REASSESSMENT}, or {@link ChangeReason#THRESHOLD_CROSSED} when the
 * assessment now lifts the member) takes the member to the tier they would hold had the fact been
 * known; "tier on date" then answers accordingly and an event reports the change. The usual
 * upgrade check follows. An assessment is re-run only while nothing but that assessment has changed
 * the member since its midnight: not once they moved up at or after it (a later purchase, a
 * racing one, or the assessment itself lifting them), not while an override is in force or after
 * one began or ended since; earlier assessments are never re-run. In those cases the fact counts
 * from now on and at the next assessment. A re-run decides with the ladder in force now.
 *
 * @since 0.1
 */
public final class TierService {

    private final Memberships memberships;
    private final CustomerRepository customers;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;
    private final QualifyingMetrics metrics;
    private final TierPolicies policies;
    private final Assessments assessments;
    private final ShortLivedCache<LadderKey, LadderDefinition> ladders = new ShortLivedCache<>();

    /** A ladder's key in the cache. */
    private record LadderKey(TenantId tenantId, ProgrammeId programmeId) {}

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you.
     *
     * @param metrics the qualifying metrics ladders may name
     * @param policies the tier policies ladders may name
     */
    public TierService(Memberships memberships, CustomerRepository customers, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, QualifyingMetrics metrics, TierPolicies policies) {
        this.memberships = checkNotNull(memberships, "memberships");
        this.customers = checkNotNull(customers, "customers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.metrics = checkNotNull(metrics, "metrics");
        this.policies = checkNotNull(policies, "policies");
        this.assessments = new Assessments(memberships, transactions, events, this::now);
    }

    /**
     * Stores or replaces a ladder. Members keep their tiers until their metric next changes (an
     * upgrade at once) or the next assessment (see {@link #assess}, which also applies upgrades a
     * lowered threshold allows), so the result does not depend on the order members are visited.
     * This service uses the new ladder at once; other application instances within a second (they
     * reuse a ladder they read for up to one second, to spare every purchase a read).
     *
     * @throws ValidationException if this instance cannot recreate the ladder's metric or policy
     *     from its spec (register their factories first), or if a text in it is NUL or holds an
     *     unpaired surrogate, naming the field; nothing is stored
     */
    public void defineLadder(TierLadder ladder) {
        checkNotNull(ladder, "ladder");
        validator.check(ladder);
        LadderDefinition definition = LadderDefinition.of(ladder);
        List<Violation> problems = new ArrayList<>();
        TierChecks.spec(problems, "metric", definition.metric(), metrics::parse);
        TierChecks.spec(problems, "policy", definition.policy(), policies::parse);
        if (!problems.isEmpty()) {
            throw new ValidationException("TierLadder", problems);
        }
        transactions.run(() -> memberships.saveLadder(definition));
        ladders.forget(new LadderKey(ladder.tenantId(), ladder.programmeId()));
    }

    /**
     * The ladder of a programme, if defined.
     *
     * @throws IllegalStateException if the stored ladder names a metric or policy kind no factory
     *     of this instance makes
     */
    public Optional<TierLadder> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> cachedLadder(tenantId, programmeId)).map(this::resolve);
    }

    /**
     * Adds a paid order to the member's metric, with the growth value the ladder's earning rules
     * give it, and upgrades at once if a threshold is crossed. Recording the same key again changes
     * nothing. A purchase dated before the member's last assessment may re-run it (see above).
     *
     * @return the status, with {@link TierStatus#growthEarned()} explaining the growth value
     * @throws ValidationException for a bad command, a negative or future payment, lines that do not
     *     add up, a currency other than the growth earning policy's
     * @throws NotFoundException for an unknown customer or ladder in the tenant
     */
    public TierStatus recordPurchase(RecordTierPurchase command) {
        validator.check(command);
        Instant now = now();
        Instant at = TierChecks.checkTime(command, "paidAt", command.paidAt(), now);
        TierChecks.checkMoney(command, "paid", command.paid(), false);
        if (!GrowthRating.order(command, at).linesAddUp()) {
            TierChecks.reject(command, List.of(Violation.of("lines", command.lines().size() + " lines",
                    "must add up to the paid amount " + command.paid())));
        }
        return feed(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(), now,
                (ladder, work) -> {
            TierChecks.checkCurrency(command, "paid", command.paid(), ladder);
            if (work.facts().stream().anyMatch(f -> f.orders() > 0 && command.orderId().equals(f.orderId()))) {
                throw new RuleViolationException("order " + command.orderId() + " already counts towards the tier metric of customer "
                        + command.customerId().value() + " under another key; replay that key instead (an order counts once)");
            }
            List<Contribution> growth = GrowthRating.ofPurchase(work, command, at, Optional.of(work.membership().effectiveTier(now)));
            long total = growth.stream().mapToLong(Contribution::points).sum();
            if (total > Limits.MAX_POINTS) {
                TierChecks.reject(command, List.of(Violation.of("paid", command.paid(), "would earn " + total
                        + " growth value, more than the " + Limits.MAX_POINTS + " one fact may add")));
            }
            return new Rated(new MetricFact(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(),
                    command.orderId(), TierChecks.units(command.paid()), 1, total, at), growth);
        });
    }

    /**
     * Takes a refund off the member's metric; downgrades wait for the next assessment. A refund
     * dated before the member's last assessment may re-run it (see above).
     *
     * @throws ValidationException for a bad command, a refund above the order total or in another currency
     */
    public TierStatus recordRefund(RecordTierRefund command) {
        validator.check(command);
        Instant now = now();
        Instant at = TierChecks.checkTime(command, "refundedAt", command.refundedAt(), now);
        TierChecks.checkMoney(command, "orderTotal", command.orderTotal(), true);
        TierChecks.checkMoney(command, "refunded", command.refunded(), true);
        if (!command.refunded().currency().equals(command.orderTotal().currency())
                || command.refunded().amount().compareTo(command.orderTotal().amount()) > 0) {
            TierChecks.reject(command, List.of(Violation.of("refunded", command.refunded(),
                    "must be at most the order total " + command.orderTotal())));
        }
        return feed(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(), now,
                (ladder, work) -> {
            TierChecks.checkCurrency(command, "refunded", command.refunded(), ladder);
            long growth = GrowthRating.ofRefund(work.facts(), command);
            return new Rated(new MetricFact(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(),
                    command.orderId(), -TierChecks.units(command.refunded()), command.orderFullyRefunded() ? -1 : 0, -growth, at), List.of());
        });
    }

    /** Adds growth value for an activity and upgrades at once if a threshold is crossed. */
    public TierStatus grantGrowth(GrantGrowth command) {
        validator.check(command);
        Instant now = now();
        return feed(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), null, now,
                (ladder, work) -> new Rated(new MetricFact(
                command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), null, 0, 0, command.points(), now),
                List.of()));
    }

    /**
     * The member's tier now, with the outlook of the next assessment (today's, if it has not run
     * for the member yet). A customer without facts is shown at the lowest tier.
     */
    public TierStatus status(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = now();
        return transactions.inTransaction(() -> {
            TierLadder ladder = ladderOf(tenantId, programmeId);
            requireCustomer(tenantId, customerId);
            return memberships.find(tenantId, customerId, programmeId)
                    .map(m -> StatusView.of(new MemberWork(ladder, memberships, events, m, null), now, List.of()))
                    .orElseGet(() -> new TierStatus(ladder.lowest(), ladder.lowest().code(), 0, now, null, null, null, "not a member yet",
                            List.of()));
        });
    }

    /** The member's effective tier at the end of {@code date} in the ladder's zone, if they had joined by then. */
    public Optional<String> tierOn(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, LocalDate date) {
        Limits.checkDate("tierOn", "date", checkNotNull(date, "date"));
        return transactions.inTransaction(() -> {
            LadderDefinition ladder = definitionOf(tenantId, programmeId);
            requireCustomer(tenantId, customerId);
            Instant end = date.plusDays(1).atStartOfDay(ladder.zone()).toInstant();
            String tier = null;
            for (TierChange change : memberships.history(tenantId, customerId, programmeId)) {
                if (change.at().isBefore(end)) {
                    tier = change.to();
                }
            }
            return Optional.ofNullable(tier);
        });
    }

    /** The member's tier history in the order it was written (by time, corrections after the lines they correct). */
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> {
            definitionOf(tenantId, programmeId);
            requireCustomer(tenantId, customerId);
            return memberships.history(tenantId, customerId, programmeId);
        });
    }

    /**
     * Sets the member's tier by hand until a moment.
     *
     * @throws ValidationException for an unknown tier code, a blank reason or actor, an end not after now
     */
    public TierStatus override(OverrideTier command) {
        validator.check(command);
        Instant now = now();
        return UnitOfWork.retrying(transactions, () -> {
            TierLadder ladder = ladderOf(command.tenantId(), command.programmeId());
            List<Violation> problems = new ArrayList<>();
            if (ladder.tier(command.tierCode()).isEmpty()) {
                problems.add(Violation.of("tierCode", command.tierCode(), "is not a tier of the ladder; tiers: "
                        + ladder.tiers().stream().map(Tier::code).toList()));
            }
            if (!command.until().isAfter(now)) {
                problems.add(Violation.of("until", command.until(), "must be after the current time " + now));
            }
            TierChecks.reject(command, problems);
            MemberWork work = join(ladder, command.tenantId(), command.customerId(), command.programmeId(), now);
            work.expireOverride(now);
            work.override(new TierOverride(command.tierCode(), command.reason(), command.actor(), command.until()), now);
            MemberWork.flushAll(memberships, List.of(work));
            return StatusView.of(work, now, List.of());
        });
    }

    /**
     * Assesses the members of shard {@code shard} of {@code shards} whose assessment day {@code
     * date} is: expired overrides end, and the ladder's policy decides each member's tier as of the
     * day's midnight in the ladder's zone (the built-in one drops members below their tier's
     * threshold after retention, one tier at most if so configured, and lifts members above it).
     * Streams members in pages, each page in one unit of work; idempotent per member and date, so a
     * re-run after a crash finishes the rest without applying anything twice.
     *
     * @throws NotFoundException if the programme has no ladder
     * @throws ValidationException if {@code date} has not begun yet in the ladder's zone
     */
    public AssessmentReport assess(TenantId tenantId, ProgrammeId programmeId, LocalDate date, int shard, int shards,
            AssessmentListener listener) {
        Limits.checkDate("assess", "date", checkNotNull(date, "date"));
        checkNotNull(listener, "listener");
        Shards.check(shard, shards);
        TierLadder ladder = transactions.inTransaction(() -> ladderOf(tenantId, programmeId));
        if (date.atStartOfDay(ladder.zone()).toInstant().isAfter(now())) {
            // running a future day now would mark it done for every member before it happens
            throw new ValidationException("assess", List.of(Violation.of("date", date,
                    "must not be after today in the ladder's zone; assess a day once it has begun")));
        }
        return assessments.run(ladder, date, shard, shards, listener, work -> UnitOfWork.retrying(transactions, work));
    }

    /**
     * The member's effective tier now, or empty if the programme has no ladder or the member has
     * not joined it. A cheap read for other contexts (the loyalty context's tier multipliers).
     */
    public Optional<Tier> currentTier(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = now();
        return transactions.inTransaction(() -> cachedLadder(tenantId, programmeId).flatMap(ladder ->
                memberships.find(tenantId, customerId, programmeId).map(m -> m.effectiveTier(now)).flatMap(code -> ladder.tiers().stream()
                        .filter(t -> t.code().equals(code)).findFirst())));
    }

    // ---------------------------------------------------------------------------------------

    /** A fact about to be recorded, and the growth earning rules' explanation of it. */
    private record Rated(MetricFact fact, List<Contribution> growth) {}

    /**
     * Records a fact, re-runs the last assessment it predates, and applies an upgrade it earns, in
     * one unit of work. A fact whose key was recorded before is answered with the member's status
     * before anything is rated: rating touches campaign budgets and counters, and this call may be
     * joined to an outer unit of work that it cannot roll back, so a replay must not get that far.
     */
    private TierStatus feed(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String key, String orderId, Instant now,
            BiFunction<TierLadder, MemberWork, Rated> rate) {
        return UnitOfWork.retrying(transactions, () -> {
            TierLadder ladder = ladderOf(tenantId, programmeId);
            MemberWork work = join(ladder, tenantId, customerId, programmeId, now);
            // under the member's lock, so a concurrent delivery of the same key waits here and then sees the first
            Optional<MetricFact> earlier = work.facts().stream().filter(f -> f.key().equals(key)).findFirst();
            if (earlier.isPresent()) {
                if (!java.util.Objects.equals(earlier.get().orderId(), orderId)) {
                    throw keyReused(key, earlier.get());
                }
                return status(tenantId, customerId, programmeId);
            }
            work.expireOverride(now);
            Rated rated = rate.apply(ladder, work);
            if (!memberships.addFact(rated.fact())) {
                // the key is another member's (a caller's mistake), or was taken since the look-up (a race to retry)
                Optional<MetricFact> owner = memberships.fact(tenantId, key);
                if (owner.isPresent() && !(owner.get().customerId().equals(customerId) && owner.get().programmeId().equals(programmeId))) {
                    throw keyReused(key, owner.get());
                }
                throw new DuplicateKeyException("tier fact", "key");
            }
            work.added(rated.fact());
            work.reassess(rated.fact());
            work.upgradeCheck(now);
            MemberWork.flushAll(memberships, List.of(work));
            return StatusView.of(work, now, rated.growth());
        });
    }

    private static IdempotencyKeyReusedException keyReused(String key, MetricFact first) {
        return new IdempotencyKeyReusedException(key, "tier fact (customer " + first.customerId().value() + ", programme "
                + first.programmeId().value() + (first.orderId() == null ? "" : ", order " + first.orderId()) + ")");
    }

    /** The member's work, their membership locked; joins them at the lowest tier first if needed. */
    private MemberWork join(TierLadder ladder, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Instant now) {
        Optional<Membership> locked = memberships.lock(tenantId, customerId, programmeId);
        if (locked.isPresent()) {
            return new MemberWork(ladder, memberships, events, locked.get(), null);
        }
        requireCustomer(tenantId, customerId);
        Membership joined = new Membership(tenantId, customerId, programmeId, ladder.lowest().code(), now, now,
                now.atZone(ladder.zone()).toLocalDate(), null, null, 0);
        memberships.insert(joined);
        MemberWork work = new MemberWork(ladder, memberships, events, joined, List.of());
        work.joined();
        return work;
    }

    private TierLadder resolve(LadderDefinition d) {
        try {
            return new TierLadder(d.tenantId(), d.programmeId(), d.tiers(), metrics.parse(d.metric()), policies.parse(d.policy()),
                    d.growthEarning(), d.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the tier ladder of programme " + d.programmeId() + " of tenant " + d.tenantId()
                    + ": " + e.getMessage(), e);
        }
    }

    private TierLadder ladderOf(TenantId tenantId, ProgrammeId programmeId) {
        return resolve(definitionOf(tenantId, programmeId));
    }

    private LadderDefinition definitionOf(TenantId tenantId, ProgrammeId programmeId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        return cachedLadder(tenantId, programmeId).orElseThrow(() -> new NotFoundException("tier ladder", tenantId, programmeId.value()));
    }

    /** The ladder's definition, reused for up to a second (see {@link #defineLadder}). */
    private Optional<LadderDefinition> cachedLadder(TenantId tenantId, ProgrammeId programmeId) {
        return ladders.get(new LadderKey(tenantId, programmeId), () -> memberships.ladder(tenantId, programmeId));
    }

    private void requireCustomer(TenantId tenantId, CustomerId customerId) {
        checkNotNull(customerId, "customerId");
        customers.find(tenantId, customerId).orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
