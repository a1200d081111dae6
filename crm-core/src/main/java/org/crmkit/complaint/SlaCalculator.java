package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case's SLA clocks on the tenant's calendar. All three clocks start when the case opens
 * and share its pauses; acknowledge and first response stop when met, resolve stands still while
 * the case is resolved. A crossing is reached when a clock whose target is the at-risk share (or
 * the target plus one microsecond, for a breach) has no time left, so the checker's schedule and
 * its verdict always agree.
 */
final class SlaCalculator {

    /** A newly reached at-risk or breach point of one metric. */
    record Crossing(SlaMetric metric, SlaState kind, Instant dueAt) {}

    private static final Duration TICK = Duration.ofNanos(1_000);

    private SlaCalculator() {}

    /** The reading of one metric at {@code now}. */
    static SlaReading reading(Case c, SlaMetric metric, BusinessCalendar calendar, Instant now) {
        SlaClock clock = clock(c, calendar, c.sla().targets().of(metric));
        Instant met = metAt(c, metric);
        Instant at = met != null ? met : now;
        Instant due = met == null ? clock.due().orElse(null) : null;
        return new SlaReading(metric, clock.target(), clock.elapsed(at), clock.remaining(at), due, met, clock.breached(at),
                met == null && clock.paused());
    }

    /** Every reading and the worst state, at {@code now}. */
    static CaseSlaStatus status(Case c, CasePolicy policy, Instant now) {
        List<SlaReading> readings = new ArrayList<>();
        for (SlaMetric metric : SlaMetric.values()) {
            readings.add(reading(c, metric, policy.calendar(), now));
        }
        return new CaseSlaStatus(c.id(), now, state(c, readings, policy.sla().atRiskShare()), readings);
    }

    /** The case with its SLA state, earliest due and next check worked out afresh. */
    static Case reindexed(Case c, CasePolicy policy, Instant now) {
        BusinessCalendar calendar = policy.calendar();
        double share = policy.sla().atRiskShare();
        List<SlaReading> readings = new ArrayList<>();
        Instant due = null;
        Instant next = null;
        for (SlaMetric metric : SlaMetric.values()) {
            SlaReading r = reading(c, metric, calendar, now);
            readings.add(r);
            if (pending(c, metric)) {
                due = earliest(due, r.dueAt());
                next = earliest(next, nextCheck(c, metric, calendar, share));
            }
        }
        Case.Edit edit = c.edit();
        edit.sla = c.sla().scheduled(state(c, readings, share), due, next);
        return edit.done();
    }

    /** The at-risk and breach points reached by {@code now} and not reported yet, in order. */
    static List<Crossing> crossings(Case c, CasePolicy policy, Instant now) {
        List<Crossing> found = new ArrayList<>();
        for (SlaMetric metric : SlaMetric.values()) {
            if (!pending(c, metric)) {
                continue;
            }
            Duration target = c.sla().targets().of(metric);
            boolean breach = !c.sla().breached().contains(metric) && reached(clock(c, policy.calendar(), target.plus(TICK)), now);
            boolean risk = !c.sla().atRisk().contains(metric)
                    && (breach || reached(clock(c, policy.calendar(), scaled(target, policy.sla().atRiskShare())), now));
            Instant due = clock(c, policy.calendar(), target).due().orElse(null);
            if (risk) {
                found.add(new Crossing(metric, SlaState.AT_RISK, due));
            }
            if (breach) {
                found.add(new Crossing(metric, SlaState.BREACHED, due));
            }
        }
        return found;
    }

    /** When a metric was met, or null: acknowledged, first answered, resolved (and not reopened since). */
    static @Nullable Instant metAt(Case c, SlaMetric metric) {
        return switch (metric) {
            case ACKNOWLEDGE -> c.times().acknowledgedAt();
            case FIRST_RESPONSE -> c.times().firstResponseAt();
            case RESOLVE -> c.status().isResolved() ? c.times().resolvedAt() : null;
        };
    }

    /** True while the metric still has to be met. */
    static boolean pending(Case c, SlaMetric metric) {
        return metAt(c, metric) == null && c.status() != CaseStatus.CANCELLED;
    }

    private static SlaState state(Case c, List<SlaReading> readings, double share) {
        SlaState state = SlaState.ON_TRACK;
        for (SlaReading r : readings) {
            if (r.breached() || c.sla().breached().contains(r.metric())) {
                return SlaState.BREACHED;
            }
            if (pending(c, r.metric()) && (r.share() >= share || c.sla().atRisk().contains(r.metric()))) {
                state = SlaState.AT_RISK;
            }
        }
        return state;
    }

    private static @Nullable Instant nextCheck(Case c, SlaMetric metric, BusinessCalendar calendar, double share) {
        Duration target = c.sla().targets().of(metric);
        if (!c.sla().atRisk().contains(metric)) {
            return clock(c, calendar, scaled(target, share)).due().orElse(null);
        }
        if (!c.sla().breached().contains(metric)) {
            return clock(c, calendar, target.plus(TICK)).due().orElse(null);
        }
        return null;
    }

    private static SlaClock clock(Case c, BusinessCalendar calendar, Duration target) {
        List<SlaClock.Pause> pauses = c.sla().pauses().stream()
                .map(p -> new SlaClock.Pause(p.from(), Optional.ofNullable(p.until())))
                .toList();
        return SlaClock.restore(calendar, c.times().openedAt(), target, pauses);
    }

    private static boolean reached(SlaClock clock, Instant now) {
        return clock.remaining(now).compareTo(Duration.ZERO) <= 0;
    }

    /** {@code share} of {@code target}, to the microsecond. */
    private static Duration scaled(Duration target, double share) {
        long micros = (long) (target.toNanos() / 1_000 * share);
        return Duration.ofNanos(Math.max(1, micros) * 1_000);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
