package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.ProgrammeId;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tier context's public API: define ladders, feed the qualifying metric (purchases, refunds,
 * growth grants), read a member's tier, history and outlook, override by hand, and run the
 * batch assessment that applies downgrades.
 *
 * <p>Upgrades happen in the unit of work that raised the metric. Downgrades happen only in
 * {@link #assess}, on the ladder's assessment days, after the retention period since the last
 * upgrade, and by at most one tier per assessment if the policy says so. Every change is a
 * history line and an event. Members join their ladder with their first fact. Thread-safe.
 *
 * @since 0.1
 */
public final class TierService {

    private static final Logger log = LoggerFactory.getLogger(TierService.class);
    private static final int PAGE = 500;
    private static final int MAX_ATTEMPTS = 5;

    private final Memberships memberships;
    private final CustomerRepository customers;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public TierService(Memberships memberships, CustomerRepository customers, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock) {
        this.memberships = checkNotNull(memberships, "memberships");
        this.customers = checkNotNull(customers, "customers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
    }

    /**
     * Stores or replaces a ladder. Members keep their tiers until their metric next changes (an
     * upgrade at once) or the next assessment (see {@link #assess}, which also applies upgrades a
     * lowered threshold allows), so the result does not depend on the order members are visited.
     */
    public void defineLadder(TierLadder ladder) {
        checkNotNull(ladder, "ladder");
        transactions.run(() -> memberships.saveLadder(ladder));
    }

    /** The ladder of a programme, if defined. */
    public Optional<TierLadder> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> memberships.ladder(tenantId, programmeId));
    }

    /**
     * Adds a paid order to the member's metric and upgrades at once if a threshold is crossed.
     * Recording the same key again changes nothing.
     *
     * @throws ValidationException for a bad command, a negative or future payment
     * @throws NotFoundException for an unknown customer or ladder in the tenant
     */
    public TierStatus recordPurchase(RecordTierPurchase command) {
        validator.check(command);
        Instant now = now();
        Instant at = checkTime(command, "paidAt", command.paidAt(), now);
        checkMoney(command, "paid", command.paid(), false);
        return feed(command.tenantId(), command.customerId(), command.programmeId(), now, ladder -> new MetricFact(command.tenantId(),
                command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(), units(command.paid()), 1,
                growth(ladder, command.paid()), at));
    }

    /** Takes a refund off the member's metric; downgrades wait for the next assessment. */
    public TierStatus recordRefund(RecordTierRefund command) {
        validator.check(command);
        Instant now = now();
        Instant at = checkTime(command, "refundedAt", command.refundedAt(), now);
        checkMoney(command, "refunded", command.refunded(), true);
        return feed(command.tenantId(), command.customerId(), command.programmeId(), now, ladder -> new MetricFact(command.tenantId(),
                command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(), -units(command.refunded()),
                command.orderFullyRefunded() ? -1 : 0, -growth(ladder, command.refunded()), at));
    }

    /** Adds growth value for an activity and upgrades at once if a threshold is crossed. */
    public TierStatus grantGrowth(GrantGrowth command) {
        validator.check(command);
        Instant now = now();
        return feed(command.tenantId(), command.customerId(), command.programmeId(), now, ladder -> new MetricFact(command.tenantId(),
                command.customerId(), command.programmeId(), command.idempotencyKey(), null, 0, 0, command.points(), now));
    }

    /**
     * The member's tier now, with the outlook of the next assessment. A customer without facts is
     * shown at the lowest tier.
     */
    public TierStatus status(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = now();
        return transactions.inTransaction(() -> {
            TierLadder ladder = ladderOf(tenantId, programmeId);
            requireCustomer(tenantId, customerId);
            Optional<Membership> membership = memberships.find(tenantId, customerId, programmeId);
            return membership.map(m -> statusOf(ladder, m, now))
                    .orElseGet(() -> new TierStatus(ladder.lowest(), ladder.lowest().code(), 0, now, null, null, null));
        });
    }

    /** The member's effective tier at the end of {@code date} in the ladder's zone, if they had joined by then. */
    public Optional<String> tierOn(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, LocalDate date) {
        checkNotNull(date, "date");
        return transactions.inTransaction(() -> {
            TierLadder ladder = ladderOf(tenantId, programmeId);
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

    /** The member's tier history, oldest first. */
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> {
            ladderOf(tenantId, programmeId);
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
        return retrying(() -> transactions.inTransaction(() -> {
            TierLadder ladder = ladderOf(command.tenantId(), command.programmeId());
            List<Violation> problems = new ArrayList<>();
            if (ladder.tier(command.tierCode()).isEmpty()) {
                problems.add(Violation.of("tierCode", command.tierCode(), "is not a tier of the ladder; tiers: "
                        + ladder.tiers().stream().map(Tier::code).toList()));
            }
            if (!command.until().isAfter(now)) {
                problems.add(Violation.of("until", command.until(), "must be after the current time " + now));
            }
            reject(command, problems);
            Membership m = expireOverride(ladder, join(ladder, command.tenantId(), command.customerId(), command.programmeId(), now), now);
            String before = m.effectiveTier(now);
            Membership next = m.withOverride(new TierOverride(command.tierCode(), command.reason(), command.actor(), command.until()));
            memberships.update(next);
            long metric = metricOf(ladder, next, now);
            record(next, before, command.tierCode(), ChangeReason.OVERRIDE, metric, now, command.reason());
            events.publish(new TierOverridden(UUID.randomUUID(), now, command.tenantId(), command.customerId(), command.programmeId(),
                    before, command.tierCode(), command.reason(), command.actor(), command.until()));
            return statusOf(ladder, next, now);
        }));
    }

    /**
     * Assesses the members of shard {@code shard} of {@code shards} whose assessment day {@code
     * date} is: expired overrides end, members below their tier's threshold after retention drop
     * (one tier at most if the policy says so), members above it rise. Streams members in pages;
     * idempotent per member and date, so a re-run after a crash finishes the rest without applying
     * anything twice.
     *
     * @throws NotFoundException if the programme has no ladder
     * @throws ValidationException if {@code date} has not begun yet in the ladder's zone
     */
    public AssessmentReport assess(TenantId tenantId, ProgrammeId programmeId, LocalDate date, int shard, int shards,
            AssessmentListener listener) {
        checkNotNull(date, "date");
        checkNotNull(listener, "listener");
        checkArgument(shards >= 1, "shards must be >= 1 but was %s", shards);
        checkArgument(shard >= 0 && shard < shards, "shard must be within 0 and %s but was %s", shards - 1, shard);
        TierLadder ladder = transactions.inTransaction(() -> ladderOf(tenantId, programmeId));
        long total = transactions.inTransaction(() -> memberships.count(tenantId, programmeId));
        Instant at = date.atStartOfDay(ladder.zone()).toInstant();
        if (at.isAfter(now())) {
            // running a future day now would mark it done for every member before it happens
            throw new ValidationException("assess", List.of(Violation.of("date", date,
                    "must not be after today in the ladder's zone; assess a day once it has begun")));
        }
        long started = System.nanoTime();
        long[] tally = new long[6]; // examined, downgraded, upgraded, retained, alreadyDone, unchanged
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Membership> page = transactions.inTransaction(() -> memberships.page(tenantId, programmeId, current));
            for (Membership seen : page.items()) {
                if (Math.floorMod(seen.customerId().value().hashCode(), shards) != shard) {
                    continue;
                }
                tally[0]++;
                Outcome outcome = retrying(() -> transactions.inTransaction(() -> assessOne(ladder, seen.customerId(), date, at)));
                tally[outcome.ordinal() + 1]++;
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            listener.progress(tally[0], total, tally[0] / seconds);
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), PAGE);
        }
        AssessmentReport report = new AssessmentReport(date, tally[0], tally[1], tally[2], tally[3], tally[4]);
        log.info("tier assessment {} of {}/{} shard {}/{}: {}", date, tenantId, programmeId, shard, shards, report);
        return report;
    }

    /**
     * The member's effective tier now, or empty if the programme has no ladder or the member has
     * not joined it. A cheap read for other contexts (the loyalty context's tier multipliers).
     */
    public Optional<Tier> currentTier(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = now();
        return transactions.inTransaction(() -> memberships.ladder(tenantId, programmeId).flatMap(ladder ->
                memberships.find(tenantId, customerId, programmeId).flatMap(m -> ladder.tier(m.effectiveTier(now)))));
    }

    // ---------------------------------------------------------------------------------------

    /** What an assessment did to one member; the order matches the report's counters. */
    private enum Outcome { DOWNGRADED, UPGRADED, RETAINED, ALREADY_DONE, UNCHANGED }

    private Outcome assessOne(TierLadder ladder, CustomerId customerId, LocalDate date, Instant at) {
        Membership m = memberships.lock(ladder.tenantId(), customerId, ladder.programmeId()).orElseThrow();
        if (m.lastAssessedOn() != null && !m.lastAssessedOn().isBefore(date)) {
            return Outcome.ALREADY_DONE;
        }
        if (!ladder.policy().schedule().isAssessmentDay(date, m.joinedOn())) {
            return Outcome.UNCHANGED;
        }
        long metric = metricOf(ladder, m, at);
        Outcome outcome = Outcome.UNCHANGED;
        m = expireOverride(ladder, m, at);
        int current = ladder.rank(m.tierCode());
        int earned = ladder.rank(ladder.tierFor(metric).code());
        if (earned > current) {
            m = move(ladder, m, earned, ChangeReason.THRESHOLD_CROSSED, metric, at);
            outcome = Outcome.UPGRADED;
        } else if (earned < current) {
            Instant retainedUntil = retainedUntil(ladder, m);
            if (at.isBefore(retainedUntil)) {
                events.publish(new TierRetained(UUID.randomUUID(), at, m.tenantId(), m.customerId(), m.programmeId(), m.tierCode(), metric,
                        retainedUntil));
                outcome = Outcome.RETAINED;
            } else {
                int target = ladder.policy().dropAtMostOneTier() ? current - 1 : earned;
                m = move(ladder, m, target, ChangeReason.ASSESSMENT, metric, at);
                outcome = Outcome.DOWNGRADED;
            }
        }
        // The assessment speaks as of midnight; a fact recorded since (a purchase racing with the
        // batch) earns its upgrade now, as it would had it come after the batch.
        Instant now = now();
        if (now.isAfter(at)) {
            long metricNow = metricOf(ladder, m, now);
            int earnedNow = ladder.rank(ladder.tierFor(metricNow).code());
            if (earnedNow > ladder.rank(m.tierCode())) {
                m = move(ladder, m, earnedNow, ChangeReason.THRESHOLD_CROSSED, metricNow, now);
            }
        }
        memberships.update(m.assessedOn(date));
        return outcome;
    }

    /** Records a fact and applies an upgrade it earns, in one unit of work. */
    private TierStatus feed(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Instant now,
            java.util.function.Function<TierLadder, MetricFact> fact) {
        return retrying(() -> transactions.inTransaction(() -> {
            TierLadder ladder = ladderOf(tenantId, programmeId);
            Membership m = expireOverride(ladder, join(ladder, tenantId, customerId, programmeId, now), now);
            if (memberships.addFact(fact.apply(ladder))) {
                long metric = metricOf(ladder, m, now);
                int earned = ladder.rank(ladder.tierFor(metric).code());
                if (earned > ladder.rank(m.tierCode())) {
                    m = move(ladder, m, earned, ChangeReason.THRESHOLD_CROSSED, metric, now);
                }
            }
            return statusOf(ladder, m, now);
        }));
    }

    /**
     * Ends an override that ran out by {@code at}, dated in the history when it ran out, so that
     * every later line starts from the earned tier and "tier on date" agrees with the status.
     */
    private Membership expireOverride(TierLadder ladder, Membership m, Instant at) {
        if (m.override() == null || m.override().isActiveAt(at)) {
            return m;
        }
        Instant until = m.override().until();
        String before = m.override().tierCode();
        Membership next = m.withOverride(null);
        memberships.update(next);
        record(next, before, next.tierCode(), ChangeReason.OVERRIDE_EXPIRED, metricOf(ladder, next, until), until, null);
        return next;
    }

    /** The member's membership, locked; joins them at the lowest tier first if needed. */
    private Membership join(TierLadder ladder, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Instant now) {
        Optional<Membership> locked = memberships.lock(tenantId, customerId, programmeId);
        if (locked.isPresent()) {
            return locked.get();
        }
        requireCustomer(tenantId, customerId);
        Membership joined = new Membership(tenantId, customerId, programmeId, ladder.lowest().code(), now, now,
                now.atZone(ladder.zone()).toLocalDate(), null, null, 0);
        memberships.insert(joined);
        record(joined, null, joined.tierCode(), ChangeReason.JOINED, 0, now, null);
        return memberships.lock(tenantId, customerId, programmeId).orElseThrow();
    }

    private Membership move(TierLadder ladder, Membership m, int toRank, ChangeReason reason, long metric, Instant at) {
        String from = m.tierCode();
        String to = ladder.tiers().get(toRank).code();
        boolean up = toRank > ladder.rank(from);
        Membership next = m.movedTo(to, at, up);
        memberships.update(next);
        String effectiveBefore = m.effectiveTier(at);
        String effectiveAfter = next.effectiveTier(at);
        if (!effectiveBefore.equals(effectiveAfter)) { // an override in force hides the earned tier
            record(next, effectiveBefore, effectiveAfter, reason, metric, at, null);
        }
        if (up) {
            events.publish(new TierUpgraded(UUID.randomUUID(), at, m.tenantId(), m.customerId(), m.programmeId(), from, to, metric, reason));
        } else {
            events.publish(new TierDowngraded(UUID.randomUUID(), at, m.tenantId(), m.customerId(), m.programmeId(), from, to, metric));
        }
        return next;
    }

    private void record(Membership m, String from, String to, ChangeReason reason, long metric, Instant at, String note) {
        long sequence = memberships.history(m.tenantId(), m.customerId(), m.programmeId()).size() + 1L;
        memberships.appendChange(new TierChange(m.tenantId(), m.customerId(), m.programmeId(), sequence, from, to, reason, metric, at, note));
    }

    private TierStatus statusOf(TierLadder ladder, Membership m, Instant now) {
        List<MetricFact> facts = memberships.facts(m.tenantId(), m.customerId(), m.programmeId());
        long metric = Metrics.valueAt(ladder.policy(), facts, now, ladder.zone());
        Tier effective = ladder.tier(m.effectiveTier(now)).orElse(ladder.tierFor(metric));
        Instant retained = retainedUntil(ladder, m);
        LocalDate today = now.atZone(ladder.zone()).toLocalDate();
        LocalDate next = ladder.policy().schedule().nextAfter(today, m.joinedOn());
        Instant nextAt = next.atStartOfDay(ladder.zone()).toInstant();
        long metricThen = Metrics.valueAt(ladder.policy(), facts, nextAt, ladder.zone());
        int current = ladder.rank(m.tierCode());
        int earnedThen = ladder.rank(ladder.tierFor(metricThen).code());
        String dropping = null;
        if (earnedThen < current && !nextAt.isBefore(retained)) {
            dropping = ladder.tiers().get(ladder.policy().dropAtMostOneTier() ? current - 1 : earnedThen).code();
        }
        long toStay = ladder.tiers().get(Math.max(0, current)).threshold();
        TierOverride override = m.override() != null && m.override().isActiveAt(now) ? m.override() : null;
        return new TierStatus(effective, m.tierCode(), metric, m.since(), retained.isAfter(now) ? retained : null, override,
                new TierOutlook(next, dropping, toStay, metricThen));
    }

    private Instant retainedUntil(TierLadder ladder, Membership m) {
        return m.upgradedAt().atZone(ladder.zone()).plus(ladder.policy().retention()).toInstant();
    }

    private long metricOf(TierLadder ladder, Membership m, Instant at) {
        return Metrics.valueAt(ladder.policy(), memberships.facts(m.tenantId(), m.customerId(), m.programmeId()), at, ladder.zone());
    }

    private static long growth(TierLadder ladder, Money money) {
        return money.amount().multiply(ladder.policy().growthPerUnit()).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static long units(Money money) {
        return money.amount().setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static Instant checkTime(Object command, String field, Instant value, Instant now) {
        if (value == null) {
            return now;
        }
        if (value.isAfter(now)) {
            reject(command, List.of(Violation.of(field, value, "must not be after the current time " + now)));
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    private static void checkMoney(Object command, String field, Money money, boolean positive) {
        if (money.isNegative() || (positive && money.isZero()) || money.amount().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            reject(command, List.of(Violation.of(field, money, positive ? "must be more than zero and at most 10^12 units"
                    : "must not be negative and at most 10^12 units")));
        }
    }

    private TierLadder ladderOf(TenantId tenantId, ProgrammeId programmeId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        return memberships.ladder(tenantId, programmeId).orElseThrow(() -> new NotFoundException("tier ladder", tenantId, programmeId.value()));
    }

    private void requireCustomer(TenantId tenantId, CustomerId customerId) {
        checkNotNull(customerId, "customerId");
        customers.find(tenantId, customerId).orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
    }

    private static void reject(Object command, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(command.getClass().getSimpleName(), violations);
        }
    }

    /** Retries a unit of work that lost a race to create or change a membership. */
    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
