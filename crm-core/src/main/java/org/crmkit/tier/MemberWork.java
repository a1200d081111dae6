package org.crmkit.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.tier.spi.MemberStanding;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.TierDecision;
import org.jspecify.annotations.Nullable;

/**
 * One member inside one unit of work: their membership and facts read once, the moves the policy
 * decides, the history lines and the membership change kept until {@link #flushAll} writes them
 * (one membership update, one batch of lines). Events are published as moves happen.
 */
final class MemberWork {

    /** What an assessment did to the member; the order matches the report's counters. */
    enum Outcome { DOWNGRADED, UPGRADED, RETAINED, ALREADY_DONE, UNCHANGED }

    private static final Comparator<MetricFact> FACT_ORDER = Comparator.comparing(MetricFact::at).thenComparing(MetricFact::key);

    private final TierLadder ladder;
    private final Memberships memberships;
    private final EventPublisher events;
    private final IdGenerator ids;
    private final Membership stored;
    private Membership m;
    /** The member's facts, oldest first: all of them, or those after {@link #earlier}'s instant; null until read. */
    private List<MetricFact> facts;
    /** The member's facts up to an instant, summed, where the lock read them so; null where {@link #facts} are all. */
    private @Nullable FactTotals earlier;
    /** The order {@link #earlier} says whether it counts ({@link FactTotals#orderCounted}), or null. */
    private final @Nullable String orderAsked;
    private List<TierChange> storedHistory;
    private final List<TierChange> lines = new ArrayList<>();
    /** Whether the lock found the fact key it was asked about free in the tenant. */
    private boolean factKeyFree;
    /** The tenant's counters locked with the membership, by name, as this work has set them. */
    private final Map<String, Long> lockedCounters = new HashMap<>();
    /** The sequence of the member's last stored history line, or {@link LockedMembership#UNREAD} until read. */
    private long lastSequence;

    MemberWork(TierLadder ladder, Memberships memberships, EventPublisher events, IdGenerator ids, Membership stored, List<MetricFact> facts) {
        this(ladder, memberships, events, ids, stored, facts, LockedMembership.UNREAD, null, null);
    }

    /**
     * A member whose facts, last history line and counters were read with the lock ({@link Memberships#lockWithFacts}),
     * the facts up to an instant perhaps summed, with whether {@code orderAsked} counts among those.
     */
    MemberWork(TierLadder ladder, Memberships memberships, EventPublisher events, IdGenerator ids, LockedMembership locked,
            @Nullable String orderAsked) {
        this(ladder, memberships, events, ids, locked.membership(), locked.facts(), locked.lastSequence(), locked.earlier(), orderAsked);
        lockedCounters.putAll(locked.counters());
        factKeyFree = locked.factKeyFree();
    }

    /** Whether the lock found no fact of the tenant under the key asked for ({@link LockedMembership#factKeyFree}). */
    boolean factKeyFree() {
        return factKeyFree;
    }

    /**
     * Locks the tenant's counter {@code name} for the rest of the unit of work and returns its
     * value: read with the membership's lock if it was, else now.
     */
    long lockCounter(String name) {
        Long value = lockedCounters.get(name);
        return value != null ? value : memberships.lockCounter(m.tenantId(), name);
    }

    /** Sets a counter locked with {@link #lockCounter}. */
    void setCounter(String name, long value) {
        memberships.setCounter(m.tenantId(), name, value);
        lockedCounters.computeIfPresent(name, (k, was) -> value);
    }

    private MemberWork(TierLadder ladder, Memberships memberships, EventPublisher events, IdGenerator ids, Membership stored,
            List<MetricFact> facts, long lastSequence, @Nullable FactTotals earlier, @Nullable String orderAsked) {
        this.ladder = ladder;
        this.memberships = memberships;
        this.events = events;
        this.ids = ids;
        this.stored = stored;
        this.m = stored;
        this.facts = facts == null ? null : new ArrayList<>(facts);
        this.lastSequence = lastSequence;
        this.earlier = earlier;
        this.orderAsked = orderAsked;
    }

    Membership membership() {
        return m;
    }

    TierLadder ladder() {
        return ladder;
    }

    Memberships memberships() {
        return memberships;
    }

    /** All the member's facts, oldest first, read once (again, one by one, where the lock summed the earlier ones). */
    List<MetricFact> facts() {
        if (facts == null || earlier != null) {
            facts = new ArrayList<>(memberships.facts(m.tenantId(), m.customerId(), m.programmeId()));
            earlier = null;
        }
        return facts;
    }

    /** The member's facts, oldest first, holding at least every one dated after {@code after}. */
    List<MetricFact> factsAfter(Instant after) {
        return facts != null && (earlier == null || !after.isBefore(earlier.until())) ? facts : facts();
    }

    /** The facts read so far: those after {@link #earlier}'s instant where it is given, else all (read now if not yet). */
    private List<MetricFact> factsRead() {
        return facts != null ? facts : facts();
    }

    /** The member's fact recorded under {@code key}, if the member has one. */
    Optional<MetricFact> fact(String key) {
        Optional<MetricFact> found = factsRead().stream().filter(f -> f.key().equals(key)).findFirst();
        if (found.isPresent() || earlier == null || factKeyFree) {
            return found;
        }
        Instant until = earlier.until();
        return memberships.fact(m.tenantId(), key).filter(f -> f.customerId().equals(m.customerId())
                && f.programmeId().equals(m.programmeId()) && !f.at().isAfter(until));
    }

    /** Whether a fact of the member counts {@code orderId} as an order (its {@link MetricFact#orders} above 0). */
    boolean countsOrder(String orderId) {
        if (earlier != null && !orderId.equals(orderAsked)) {
            facts();
        }
        boolean summed = earlier != null && earlier.orderCounted();
        return summed || factsRead().stream().anyMatch(f -> countsAsOrder(f, orderId));
    }

    private static boolean countsAsOrder(MetricFact fact, @Nullable String orderId) {
        return fact.orders() > 0 && orderId != null && orderId.equals(fact.orderId());
    }

    /** Takes a fact just stored into account. */
    void added(MetricFact fact) {
        if (earlier != null && !fact.at().isAfter(earlier.until())) {
            earlier = earlier.plus(fact, countsAsOrder(fact, orderAsked));
            return;
        }
        if (facts == null) {
            facts(); // read after the fact was stored, so it holds it
            return;
        }
        List<MetricFact> all = facts;
        int at = 0;
        while (at < all.size() && FACT_ORDER.compare(all.get(at), fact) <= 0) {
            at++;
        }
        all.add(at, fact);
    }

    MetricValue metric(Instant at) {
        if (earlier != null && ladder.metric() instanceof SummedMetric summed && summed.canUse(earlier, at, ladder.zone())) {
            return summed.valueAt(earlier, facts, at, ladder.zone());
        }
        return ladder.metric().valueAt(facts(), at, ladder.zone());
    }

    /** The position of the earned tier on the ladder, or -1 if a ladder change removed it. */
    int rank() {
        return ladder.rank(m.tierCode());
    }

    MemberStanding standing(int rank, long metric, Instant at) {
        TierOverride override = m.activeOverride(at);
        return new MemberStanding(ladder.tiers(), rank, metric, m.upgradedAt(), m.joinedOn(), at, ladder.zone(), override);
    }

    /** Moves the member up if the policy says their metric at {@code now} earns it. */
    void upgradeCheck(Instant now) {
        long metric = metric(now).value();
        int rank = rank();
        int target = rank < 0 ? ladder.rank(ladder.tierFor(metric).code()) : checked(ladder.policy().upgradeOnMetricChange(standing(rank, metric, now)));
        if (target > rank) {
            move(target, ChangeReason.THRESHOLD_CROSSED, metric, now, null);
        }
    }

    /** Applies the assessment of {@code date}, decided as of its midnight {@code at}, then the upgrade facts since then earn. */
    Outcome assess(LocalDate date, Instant at, Instant now) {
        if (m.assessedBy(date)) {
            return Outcome.ALREADY_DONE;
        }
        if (!ladder.policy().isAssessmentDay(date, m.joinedOn())) {
            return Outcome.UNCHANGED;
        }
        expireOverride(at);
        long metric = metric(at).value();
        int rank = rank();
        Outcome outcome = Outcome.UNCHANGED;
        if (rank < 0) {
            move(ladder.rank(ladder.tierFor(metric).code()), ChangeReason.THRESHOLD_CROSSED, metric, at, "the ladder no longer has " + m.tierCode());
            outcome = Outcome.UPGRADED;
        } else {
            TierDecision decision = ladder.policy().assess(standing(rank, metric, at));
            int target = checked(decision.rank());
            if (target > rank) {
                move(target, ChangeReason.THRESHOLD_CROSSED, metric, at, decision.explanation());
                outcome = Outcome.UPGRADED;
            } else if (target < rank) {
                move(target, ChangeReason.ASSESSMENT, metric, at, decision.explanation());
                outcome = Outcome.DOWNGRADED;
            } else if (decision.retainedUntil() != null) {
                events.publish(new TierRetained(ids.next(), at, m.tenantId(), m.customerId(), m.programmeId(), m.tierCode(), metric,
                        decision.retainedUntil()));
                outcome = Outcome.RETAINED;
            }
        }
        // The assessment speaks as of midnight; a fact recorded since (a purchase racing with the
        // batch) earns its upgrade now, as it would had it come after the batch.
        if (now.isAfter(at)) {
            upgradeCheck(now);
        }
        m = m.assessedOn(date);
        return outcome;
    }

    /**
     * Re-runs the member's last assessment when {@code late}, just recorded, is dated at or before
     * its midnight and the rule in {@link TierService}'s documentation allows it: the member goes
     * back to the tier the assessment started from, the policy decides again with the fact counted,
     * and a line dated at the assessment records the difference.
     */
    void reassess(MetricFact late) {
        LocalDate day = m.lastAssessedOn();
        if (day == null) {
            return;
        }
        Instant at = day.atStartOfDay(ladder.zone()).toInstant();
        if (late.at().isAfter(at) || m.override() != null || !m.upgradedAt().isBefore(at)) {
            return;
        }
        List<TierChange> history = history();
        int first = history.size();
        while (first > 0 && history.get(first - 1).at().equals(at)) {
            first--;
        }
        if (history.isEmpty() || history.get(history.size() - 1).at().isAfter(at) || first == 0) {
            return;
        }
        List<TierChange> sameMidnight = history.subList(first, history.size());
        if (sameMidnight.stream().anyMatch(line -> line.reason() != ChangeReason.ASSESSMENT && line.reason() != ChangeReason.REASSESSMENT)) {
            return;
        }
        int before = sameMidnight.isEmpty() ? rank() : ladder.rank(sameMidnight.get(0).from());
        int now = rank();
        if (before < 0 || now < 0) {
            return;
        }
        long metric = metric(at).value();
        TierDecision decision = ladder.policy().assess(standing(before, metric, at));
        int target = checked(decision.rank());
        if (target == now) {
            return;
        }
        String from = m.tierCode();
        String to = ladder.tiers().get(target).code();
        Instant since = target != before ? at : sameMidnight.isEmpty() ? m.since() : history.get(first - 1).at();
        m = m.corrected(to, since, target > before ? at : m.upgradedAt());
        ChangeReason reason = target > before && target > now ? ChangeReason.THRESHOLD_CROSSED : ChangeReason.REASSESSMENT;
        record(from, to, reason, metric, at, "re-assessment of " + day + " after " + late.key() + " dated " + late.at() + ": "
                + decision.explanation());
        publishMove(from, to, target > now, reason, metric, at);
    }

    /**
     * Ends an override that ran out by {@code at}, dated in the history when it ran out, so that
     * every later line starts from the earned tier and "tier on date" agrees with the status.
     */
    void expireOverride(Instant at) {
        if (m.override() == null || m.override().isActiveAt(at)) {
            return;
        }
        Instant until = m.override().until();
        String before = m.override().tierCode();
        m = m.withOverride(null);
        record(before, m.tierCode(), ChangeReason.OVERRIDE_EXPIRED, metric(until).value(), until, null);
    }

    /** Sets an override, with its history line. */
    void override(TierOverride override, Instant now) {
        String before = m.effectiveTier(now);
        m = m.withOverride(override);
        record(before, override.tierCode(), ChangeReason.OVERRIDE, metric(now).value(), now, override.reason());
        events.publish(new TierOverridden(ids.next(), now, m.tenantId(), m.customerId(), m.programmeId(), before,
                override.tierCode(), override.reason(), override.actor(), override.until()));
    }

    /** Records a member who has just joined at their membership's tier. */
    void joined() {
        storedHistory = List.of();
        record(null, m.tierCode(), ChangeReason.JOINED, 0, m.since(), null);
    }

    private void move(int toRank, ChangeReason reason, long metric, Instant at, String note) {
        String from = m.tierCode();
        String to = ladder.tiers().get(toRank).code();
        boolean up = toRank > ladder.rank(from);
        String effectiveBefore = m.effectiveTier(at);
        m = m.movedTo(to, at, up);
        String effectiveAfter = m.effectiveTier(at);
        if (!effectiveBefore.equals(effectiveAfter)) { // an override in force hides the earned tier
            record(effectiveBefore, effectiveAfter, reason, metric, at, note);
        }
        publishMove(from, to, up, reason, metric, at);
    }

    private void publishMove(String from, String to, boolean up, ChangeReason reason, long metric, Instant at) {
        if (up) {
            events.publish(new TierUpgraded(ids.next(), at, m.tenantId(), m.customerId(), m.programmeId(), from, to, metric, reason));
        } else {
            events.publish(new TierDowngraded(ids.next(), at, m.tenantId(), m.customerId(), m.programmeId(), from, to, metric));
        }
    }

    private void record(String from, String to, ChangeReason reason, long metric, Instant at, String note) {
        lines.add(new TierChange(m.tenantId(), m.customerId(), m.programmeId(), 0, from, to, reason, metric, at, note));
    }

    /** The stored history and the lines of this unit of work, oldest first. */
    List<TierChange> history() {
        if (storedHistory == null) {
            storedHistory = memberships.history(m.tenantId(), m.customerId(), m.programmeId());
        }
        List<TierChange> all = new ArrayList<>(storedHistory);
        all.addAll(lines);
        return all;
    }

    private int checked(int rank) {
        if (rank < 0 || rank >= ladder.tiers().size()) {
            throw new IllegalStateException("tier policy " + ladder.policy().spec() + " chose tier position " + rank + " on a ladder of "
                    + ladder.tiers().size() + " tiers");
        }
        return rank;
    }

    /**
     * Writes what the members' work changed: each changed membership one version up (one batch),
     * then the new history lines numbered after each member's last (one batch; the last read only
     * for members whose lock did not read it).
     */
    static void flushAll(Memberships memberships, List<MemberWork> work) {
        List<Membership> changed = new ArrayList<>();
        boolean anyLines = false;
        List<CustomerId> unnumbered = new ArrayList<>();
        for (MemberWork w : work) {
            if (!w.m.equals(w.stored)) {
                w.m = w.m.atVersion(w.stored.version() + 1);
                changed.add(w.m);
            }
            if (!w.lines.isEmpty()) {
                anyLines = true;
                if (w.lastSequence == LockedMembership.UNREAD) {
                    unnumbered.add(w.m.customerId());
                }
            }
        }
        if (!changed.isEmpty()) {
            memberships.updateAll(changed);
        }
        if (!anyLines) {
            return;
        }
        MemberWork any = work.get(0);
        Map<CustomerId, Long> last = unnumbered.isEmpty() ? Map.of()
                : memberships.lastSequences(any.m.tenantId(), any.m.programmeId(), unnumbered);
        List<TierChange> numbered = new ArrayList<>();
        for (MemberWork w : work) {
            if (w.lines.isEmpty()) {
                continue;
            }
            long sequence = w.lastSequence == LockedMembership.UNREAD ? last.getOrDefault(w.m.customerId(), 0L) : w.lastSequence;
            for (TierChange line : w.lines) {
                numbered.add(new TierChange(line.tenantId(), line.customerId(), line.programmeId(), ++sequence, line.from(), line.to(),
                        line.reason(), line.metric(), line.at(), line.note()));
            }
            w.lastSequence = sequence;
            w.lines.clear();
        }
        memberships.appendChanges(numbered);
    }
}
