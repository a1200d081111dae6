package org.crmkit.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.tier.AssessmentSchedule;

/**
 * A small, independent model of one member on a ladder, for the property test: the tier follows
 * from the metric history and the policy alone. Upgrades when a fact lifts the metric; on an
 * assessment day (as of midnight in the ladder's zone) a rise to what the metric earned, or a drop
 * (one tier, or to the earned tier) unless within retention of the last upgrade; after the
 * assessment, a rise to what the metric earns now, as a purchase made after the batch would have
 * caused. A fact dated at or before the last assessment's midnight re-decides that assessment from
 * the tier the member had before it, unless the member moved up at or after that midnight or
 * changed tier after it.
 */
final class TierReference {

    /** What the metric counts. */
    enum Metric { GROWTH, LIFETIME_SPEND, ROLLING_SPEND, ROLLING_ORDERS }

    /** One change of the metric. */
    record Fact(Instant at, long spend, int orders, long growth) {}

    /** One line of the member's history: the tier position from then on. */
    record Line(Instant at, int rank) {}

    private final long[] thresholds;
    private final ZoneId zone;
    private final Metric metric;
    private final int windowMonths;
    private final AssessmentSchedule schedule;
    private final Period retention;
    private final boolean dropOne;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private int rank = -1;
    private int rankBeforeLastAssessment;
    private Instant upgradedAt;
    private Instant lastChangeAt;
    private LocalDate joinedOn;
    private LocalDate lastAssessed;

    TierReference(long[] thresholds, ZoneId zone, Metric metric, int windowMonths, AssessmentSchedule schedule, Period retention,
            boolean dropOne) {
        this.thresholds = thresholds.clone();
        this.zone = zone;
        this.metric = metric;
        this.windowMonths = windowMonths;
        this.schedule = schedule;
        this.retention = retention;
        this.dropOne = dropOne;
    }

    boolean joined() {
        return rank >= 0;
    }

    int rank() {
        return rank;
    }

    /** The tier position at the end of {@code date}: the last line dated before it ends, in the order lines were written; -1 before joining. */
    int rankOn(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        int result = -1;
        for (Line line : lines) {
            if (line.at().isBefore(end)) {
                result = line.rank();
            }
        }
        return result;
    }

    void record(Fact fact, Instant now) {
        if (!joined()) {
            rank = 0;
            upgradedAt = now;
            lastChangeAt = now;
            joinedOn = now.atZone(zone).toLocalDate();
            lines.add(new Line(now, 0));
        }
        facts.add(fact);
        reassess(fact);
        riseTo(earned(metricAt(now)), now);
    }

    void assess(LocalDate date, Instant now) {
        if (!joined() || (lastAssessed != null && !lastAssessed.isBefore(date)) || !isAssessmentDay(date)) {
            return;
        }
        Instant at = date.atStartOfDay(zone).toInstant();
        rankBeforeLastAssessment = rank;
        moveTo(decide(rank, metricAt(at), at), at);
        lastAssessed = date;
        riseTo(earned(metricAt(now)), now);
    }

    private void reassess(Fact fact) {
        if (lastAssessed == null) {
            return;
        }
        Instant at = lastAssessed.atStartOfDay(zone).toInstant();
        if (fact.at().isAfter(at) || !upgradedAt.isBefore(at) || lastChangeAt.isAfter(at)) {
            return;
        }
        int before = lastChangeAt.equals(at) ? rankBeforeLastAssessment : rank;
        int decided = decide(before, metricAt(at), at);
        if (decided != rank) {
            if (decided > before) {
                upgradedAt = at;
            }
            rank = decided;
            lastChangeAt = at;
            lines.add(new Line(at, rank));
        }
    }

    private int decide(int from, long value, Instant at) {
        int earned = earned(value);
        if (earned >= from) {
            return earned;
        }
        Instant retainedUntil = upgradedAt.atZone(zone).plus(retention).toInstant();
        return at.isBefore(retainedUntil) ? from : dropOne ? from - 1 : earned;
    }

    private void moveTo(int target, Instant at) {
        if (target > rank) {
            upgradedAt = at;
        }
        if (target != rank) {
            rank = target;
            lastChangeAt = at;
            lines.add(new Line(at, rank));
        }
    }

    long metricAt(Instant at) {
        Instant windowStart = at.atZone(zone).minusMonths(windowMonths).toInstant();
        long sum = 0;
        for (Fact f : facts) {
            boolean counted = !f.at().isAfter(at);
            boolean inWindow = counted && f.at().isAfter(windowStart);
            sum += switch (metric) {
                case GROWTH -> counted ? f.growth() : 0;
                case LIFETIME_SPEND -> counted ? f.spend() : 0;
                case ROLLING_SPEND -> inWindow ? f.spend() : 0;
                case ROLLING_ORDERS -> inWindow ? f.orders() : 0;
            };
        }
        return Math.max(0, sum);
    }

    boolean isAssessmentDay(LocalDate d) {
        return switch (schedule) {
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
            moveTo(earned, at);
        }
    }

    private int earned(long value) {
        int result = 0;
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] <= value) {
                result = i;
            }
        }
        return result;
    }
}
