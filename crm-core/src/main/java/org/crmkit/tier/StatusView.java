package org.crmkit.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.earning.Contribution;
import org.crmkit.tier.spi.MetricValue;
import org.crmkit.tier.spi.TierDecision;
import org.crmkit.tier.spi.TierPolicy;
import org.jspecify.annotations.Nullable;

/** A member's {@link TierStatus}: their tier, metric and retention now, and what their next assessment will do. */
final class StatusView {

    /** How far ahead the outlook looks for an assessment day: four years and a day, a leap day's anniversary included. */
    private static final int HORIZON_DAYS = 4 * 366 + 1;

    private StatusView() {}

    static TierStatus of(MemberWork work, Instant now, List<Contribution> growth) {
        TierLadder ladder = work.ladder();
        Membership m = work.membership();
        MetricValue metric = work.metric(now);
        Tier effective = ladder.tier(m.effectiveTier(now)).orElse(ladder.tierFor(metric.value()));
        int rank = work.rank();
        Instant retained = rank < 0 ? null
                : ladder.policy().retainedUntil(work.standing(rank, metric.value(), now)).filter(until -> until.isAfter(now)).orElse(null);
        TierOverride override = m.activeOverride(now);
        return new TierStatus(effective, m.tierCode(), metric.value(), m.since(), retained, override, outlook(work, now),
                metric.explanation(), growth);
    }

    /** What the member's next assessment will do if nothing changes; today's if today is one and it has not run for them yet. */
    private static @Nullable TierOutlook outlook(MemberWork work, Instant now) {
        TierLadder ladder = work.ladder();
        Membership m = work.membership();
        TierPolicy policy = ladder.policy();
        LocalDate today = now.atZone(ladder.zone()).toLocalDate();
        boolean todayPending = policy.isAssessmentDay(today, m.joinedOn()) && !m.assessedBy(today);
        LocalDate day = todayPending ? today : nextAssessmentDay(policy, today, m.joinedOn());
        if (day == null) {
            return null;
        }
        Instant at = day.atStartOfDay(ladder.zone()).toInstant();
        long metricThen = work.metric(at).value();
        int rank = work.rank();
        String droppingTo = null;
        if (rank >= 0) {
            TierDecision decision = policy.assess(work.standing(rank, metricThen, at));
            if (decision.rank() < rank) {
                droppingTo = ladder.tiers().get(decision.rank()).code();
            }
        }
        return new TierOutlook(day, droppingTo, ladder.tiers().get(Math.max(0, rank)).threshold(), metricThen);
    }

    private static @Nullable LocalDate nextAssessmentDay(TierPolicy policy, LocalDate after, LocalDate joinedOn) {
        for (int i = 1; i <= HORIZON_DAYS; i++) {
            LocalDate day = after.plusDays(i);
            if (policy.isAssessmentDay(day, joinedOn)) {
                return day;
            }
        }
        return null;
    }
}
