package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;

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

    private final DefiningLadders definingLadders;
    private final RecordingPurchase recordingPurchase;
    private final RecordingRefund recordingRefund;
    private final GrantingGrowth grantingGrowth;
    private final Overriding overriding;
    private final Assessments assessments;
    private final TierQueries queries;

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you.
     *
     * @param metrics the qualifying metrics ladders may name
     * @param policies the tier policies ladders may name
     */
    public TierService(Memberships memberships, CustomerRepository customers, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, QualifyingMetrics metrics, TierPolicies policies) {
        TierContext ctx = new TierContext(
                checkNotNull(memberships, "memberships"),
                checkNotNull(customers, "customers"),
                checkNotNull(transactions, "transactions"),
                checkNotNull(events, "events"),
                checkNotNull(validator, "validator"),
                checkNotNull(clock, "clock"),
                checkNotNull(ids, "ids"),
                checkNotNull(metrics, "metrics"),
                checkNotNull(policies, "policies"));
        this.queries = new TierQueries(ctx);
        RecordingFacts facts = new RecordingFacts(ctx, queries);
        this.definingLadders = new DefiningLadders(ctx);
        this.recordingPurchase = new RecordingPurchase(ctx, facts);
        this.recordingRefund = new RecordingRefund(ctx, facts);
        this.grantingGrowth = new GrantingGrowth(ctx, facts);
        this.overriding = new Overriding(ctx);
        this.assessments = new Assessments(ctx);
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
        ServiceCalls.run(() -> definingLadders.define(ladder));
    }

    /**
     * The ladder of a programme, if defined.
     *
     * @throws IllegalStateException if the stored ladder names a metric or policy kind no factory
     *     of this instance makes
     */
    public Optional<TierLadder> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> queries.ladder(tenantId, programmeId));
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
        return ServiceCalls.call(() -> recordingPurchase.record(command));
    }

    /**
     * Takes a refund off the member's metric; downgrades wait for the next assessment. A refund
     * dated before the member's last assessment may re-run it (see above).
     *
     * @throws ValidationException for a bad command, a refund above the order total or in another currency
     */
    public TierStatus recordRefund(RecordTierRefund command) {
        return ServiceCalls.call(() -> recordingRefund.record(command));
    }

    /** Adds growth value for an activity and upgrades at once if a threshold is crossed. */
    public TierStatus grantGrowth(GrantGrowth command) {
        return ServiceCalls.call(() -> grantingGrowth.grant(command));
    }

    /**
     * The member's tier now, with the outlook of the next assessment (today's, if it has not run
     * for the member yet). A customer without facts is shown at the lowest tier.
     */
    public TierStatus status(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> queries.status(tenantId, customerId, programmeId));
    }

    /** The member's effective tier at the end of {@code date} in the ladder's zone, if they had joined by then. */
    public Optional<String> tierOn(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, LocalDate date) {
        return ServiceCalls.call(() -> queries.tierOn(tenantId, customerId, programmeId, date));
    }

    /** The member's tier history in the order it was written (by time, corrections after the lines they correct). */
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> queries.history(tenantId, customerId, programmeId));
    }

    /**
     * Sets the member's tier by hand until a moment.
     *
     * @throws ValidationException for an unknown tier code, a blank reason or actor, an end not after now
     */
    public TierStatus override(OverrideTier command) {
        return ServiceCalls.call(() -> overriding.override(command));
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
        checkNotNull(listener, "listener");
        AssessmentListener hosted = (done, total, perSecond) -> ServiceCalls.outside(() -> listener.progress(done, total, perSecond));
        return ServiceCalls.call(() -> assessments.assess(tenantId, programmeId, date, shard, shards, hosted));
    }

    /**
     * Assesses shard {@code shard} of {@code shards} of every ladder of every tenant for today: the
     * day the clock's now falls on in each ladder's zone, as {@link #assess} does for one. The
     * batch job to run on a schedule (hourly, say: a day is assessed only while it is today in the
     * ladder's zone, so a day with no run at all needs {@link #assess} for it later). A ladder that
     * fails (its plug-in missing here) does not stop the others; the first failure is thrown at
     * the end, the others suppressed in it.
     *
     * @return one report per ladder, in the order of {@link Memberships#ladders}
     * @throws IllegalArgumentException unless {@code 0 <= shard < shards}
     * @since 0.2
     */
    public List<AssessmentReport> assessToday(int shard, int shards) {
        return ServiceCalls.call(() -> assessments.assessToday(null, shard, shards));
    }

    /**
     * Assesses, as {@link #assessToday(int, int)} does, every ladder of one tenant only: the
     * ladders' read and every page of their members name the tenant, so on a store distributed by
     * tenant (Citus) it reads the one node holding that tenant. Hosts that split jobs by tenant
     * ({@link org.crmkit.shared.TenantSharding}) call it with shard 0 of 1 for each tenant of their
     * job shard.
     *
     * @return one report per ladder of the tenant, in programme id order (none if it has no ladder)
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public List<AssessmentReport> assessToday(TenantId tenantId, int shard, int shards) {
        return ServiceCalls.call(() -> assessments.assessToday(checkNotNull(tenantId, "tenantId"), shard, shards));
    }

    /**
     * The member's effective tier now, or empty if the programme has no ladder or the member has
     * not joined it. A cheap read for other contexts (the loyalty context's tier multipliers).
     */
    public Optional<Tier> currentTier(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> queries.currentTier(tenantId, customerId, programmeId));
    }

    /**
     * The effective tier now of each of {@code customerIds} who joined the programme, keyed by id
     * (empty if the programme has no ladder): {@link #currentTier} for a page of customers in one
     * read, as the segment walk needs it.
     *
     * @since 0.2
     */
    public Map<CustomerId, Tier> currentTiers(TenantId tenantId, Collection<CustomerId> customerIds, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> queries.currentTiers(tenantId, customerIds, programmeId));
    }
}
