package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Period;

/**
 * How members move along a ladder: upgrades happen as soon as the metric crosses a threshold;
 * downgrades only on assessment days, and not before the retention period after the last
 * upgrade has passed.
 *
 * @param metric what decides the tier
 * @param windowMonths the rolling window of {@link QualifyingMetric#ROLLING_SPEND} and {@link
 *     QualifyingMetric#ROLLING_ORDERS}, 1 to 120 months
 * @param growthPerUnit growth value per currency unit paid, for {@link QualifyingMetric#GROWTH_VALUE}, >= 0
 * @param schedule when downgrades are assessed
 * @param retention how long a member keeps a tier after being upgraded into it (e.g. 12 months), >= 0
 * @param dropAtMostOneTier whether an assessment lowers a member by one tier at most
 * @since 0.1
 */
public record TierPolicy(
        QualifyingMetric metric, int windowMonths, BigDecimal growthPerUnit, AssessmentSchedule schedule, Period retention,
        boolean dropAtMostOneTier) {

    public TierPolicy {
        checkNotNull(metric, "metric");
        checkArgument(windowMonths >= 1 && windowMonths <= 120, "windowMonths must be 1 to 120 but was %s", windowMonths);
        checkNotNull(growthPerUnit, "growthPerUnit");
        checkArgument(growthPerUnit.signum() >= 0, "growthPerUnit must be >= 0 but was %s", growthPerUnit);
        checkNotNull(schedule, "schedule");
        checkNotNull(retention, "retention");
        checkArgument(!retention.isNegative(), "retention must not be negative but was %s", retention);
    }

    /** JD style: growth value (1 per unit paid), assessed monthly, 12 months' retention, one tier at a time. */
    public static TierPolicy growthValue() {
        return new TierPolicy(QualifyingMetric.GROWTH_VALUE, 12, BigDecimal.ONE, AssessmentSchedule.MONTHLY, Period.ofMonths(12), true);
    }

    /** This policy with another metric and window. */
    public TierPolicy withMetric(QualifyingMetric newMetric, int months) {
        return new TierPolicy(newMetric, months, growthPerUnit, schedule, retention, dropAtMostOneTier);
    }

    /** This policy with another schedule, retention and drop rule. */
    public TierPolicy withAssessment(AssessmentSchedule newSchedule, Period newRetention, boolean atMostOne) {
        return new TierPolicy(metric, windowMonths, growthPerUnit, newSchedule, newRetention, atMostOne);
    }
}
