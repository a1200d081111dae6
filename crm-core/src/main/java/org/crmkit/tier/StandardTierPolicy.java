package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.crmkit.tier.spi.MemberStanding;
import org.crmkit.tier.spi.TierDecision;
import org.crmkit.tier.spi.TierPolicy;

/**
 * The built-in policy: up at once when the metric reaches a higher threshold; down only at
 * assessment, not before {@code retention} has passed since the last upgrade, and by one tier at
 * most if {@code dropAtMostOneTier}; an assessment also lifts members whose metric reaches a higher
 * threshold (after a ladder change).
 */
record StandardTierPolicy(AssessmentSchedule schedule, Period retention, boolean dropAtMostOneTier) implements TierPolicy {

    static final String KIND = "standard";

    StandardTierPolicy {
        checkNotNull(schedule, "schedule");
        checkNotNull(retention, "retention");
        checkArgument(!retention.isNegative(), "retention must not be negative but was %s", retention);
    }

    /** Parses the argument of {@link #spec()}: {@code <schedule>,<ISO period>,one-tier|any-tiers}. */
    static StandardTierPolicy parse(String argument) {
        String[] parts = argument.split(",", -1);
        checkArgument(parts.length == 3 && (parts[2].equals("one-tier") || parts[2].equals("any-tiers")),
                "a standard tier policy is 'standard:<monthly|quarterly|yearly|anniversary>,<retention as ISO period>,<one-tier|any-tiers>'"
                        + " but was 'standard:%s'", argument);
        try {
            return new StandardTierPolicy(AssessmentSchedule.valueOf(parts[0].toUpperCase(Locale.ROOT)), Period.parse(parts[1]),
                    parts[2].equals("one-tier"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the standard tier policy 'standard:" + argument + "': " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isAssessmentDay(LocalDate date, LocalDate joinedOn) {
        return schedule.isAssessmentDay(date, joinedOn);
    }

    @Override
    public int upgradeOnMetricChange(MemberStanding standing) {
        return Math.max(standing.rank(), standing.earnedRank());
    }

    @Override
    public TierDecision assess(MemberStanding s) {
        int earned = s.earnedRank();
        String metric = "metric " + s.metric();
        if (earned > s.rank()) {
            return TierDecision.moveTo(earned, metric + " reaches " + s.tiers().get(earned).code() + " (" + s.tiers().get(earned).threshold() + ")");
        }
        if (earned == s.rank()) {
            return TierDecision.keep(earned, metric + " keeps " + s.tier().code());
        }
        String below = metric + " is below " + s.tier().code() + " (" + s.tier().threshold() + ")";
        Instant until = retainedUntil(s).orElseThrow();
        if (s.at().isBefore(until)) {
            return TierDecision.retain(s.rank(), until, below + "; kept until " + until.atZone(s.zone()).toOffsetDateTime() + " (retention)");
        }
        int target = dropAtMostOneTier ? s.rank() - 1 : earned;
        return TierDecision.moveTo(target, below + (dropAtMostOneTier && target > earned ? "; down one tier at a time" : ""));
    }

    @Override
    public Optional<Instant> retainedUntil(MemberStanding standing) {
        return Optional.of(standing.lastUpgrade().atZone(standing.zone()).plus(retention).toInstant());
    }

    @Override
    public String spec() {
        return KIND + ":" + schedule.name().toLowerCase(Locale.ROOT) + "," + retention + "," + (dropAtMostOneTier ? "one-tier" : "any-tiers");
    }
}
