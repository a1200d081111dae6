package org.crmkit.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicy;

/**
 * A small, independent model of one member on a ladder, for the property test: the tier follows
 * from the metric history and the policy alone. Upgrades when a fact lifts the metric; on an
 * assessment day (as of midnight in the ladder's zone) a rise to what the metric earned, or a drop
 * (one tier, or to the earned tier) unless within retention of the last upgrade; after the
 * assessment, a rise to what the metric earns now, as a purchase made after the batch would have
 * caused.
 */
final class TierReference {

    /** One change of the metric. */
    record Fact(Instant at, long spend, int orders, long growth) {}

    private final TierLadder ladder;
    private final List<Fact> facts = new ArrayList<>();
    private int rank = -1;
    private Instant upgradedAt;
    private LocalDate joinedOn;
    private LocalDate lastAssessed;

    TierReference(TierLadder ladder) {
        this.ladder = ladder;
    }

    boolean joined() {
        return rank >= 0;
    }

    String tier() {
        return ladder.tiers().get(rank).code();
    }

    void record(Fact fact, Instant now) {
        if (!joined()) {
            rank = 0;
            upgradedAt = now;
            joinedOn = now.atZone(ladder.zone()).toLocalDate();
        }
        facts.add(fact);
        riseTo(earned(metricAt(now)), now);
    }

    void assess(LocalDate date, Instant now) {
        if (!joined() || (lastAssessed != null && !lastAssessed.isBefore(date)) || !isAssessmentDay(date)) {
            return;
        }
        Instant at = date.atStartOfDay(ladder.zone()).toInstant();
        int earned = earned(metricAt(at));
        if (earned > rank) {
            riseTo(earned, at);
        } else if (earned < rank) {
            Instant retainedUntil = upgradedAt.atZone(ladder.zone()).plus(policy().retention()).toInstant();
            if (!at.isBefore(retainedUntil)) {
                rank = policy().dropAtMostOneTier() ? rank - 1 : earned;
            }
        }
        lastAssessed = date;
        riseTo(earned(metricAt(now)), now);
    }

    long metricAt(Instant at) {
        Instant windowStart = at.atZone(ladder.zone()).minusMonths(policy().windowMonths()).toInstant();
        long sum = 0;
        for (Fact f : facts) {
            boolean counted = !f.at().isAfter(at);
            boolean inWindow = counted && f.at().isAfter(windowStart);
            sum += switch (policy().metric()) {
                case GROWTH_VALUE -> counted ? f.growth() : 0;
                case LIFETIME_SPEND -> counted ? f.spend() : 0;
                case ROLLING_SPEND -> inWindow ? f.spend() : 0;
                case ROLLING_ORDERS -> inWindow ? f.orders() : 0;
            };
        }
        return Math.max(0, sum);
    }

    boolean isAssessmentDay(LocalDate d) {
        return switch (policy().schedule()) {
            case MONTHLY -> d.getDayOfMonth() == 1;
            case QUARTERLY -> d.getDayOfMonth() == 1 && List.of(1, 4, 7, 10).contains(d.getMonthValue());
            case YEARLY -> d.getDayOfMonth() == 1 && d.getMonth() == Month.JANUARY;
            case ANNIVERSARY -> joinedOn != null && !d.equals(joinedOn) && d.getMonth() == joinedOn.getMonth()
                    && (d.getDayOfMonth() == joinedOn.getDayOfMonth()
                            || (joinedOn.getMonth() == Month.FEBRUARY && joinedOn.getDayOfMonth() == 29 && d.getDayOfMonth() == 28
                                    && !d.isLeapYear()));
        };
    }

    private void riseTo(int earned, Instant at) {
        if (earned > rank) {
            rank = earned;
            upgradedAt = at;
        }
    }

    private int earned(long metric) {
        int result = 0;
        for (int i = 0; i < ladder.tiers().size(); i++) {
            if (ladder.tiers().get(i).threshold() <= metric) {
                result = i;
            }
        }
        return result;
    }

    private TierPolicy policy() {
        return ladder.policy();
    }
}
