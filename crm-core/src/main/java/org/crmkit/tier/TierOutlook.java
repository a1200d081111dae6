package org.crmkit.tier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the next assessment will do if nothing changes: "will drop to silver on 1 July unless
 * growth value reaches 5,000".
 *
 * @param assessmentDay the next assessment day: today if today is one and its assessment has not run for the member yet
 * @param droppingTo the tier the member drops to then, or null if they keep their tier
 * @param metricToStay the metric value that keeps the current tier
 * @param metricThen the metric the member will have then if nothing changes
 * @since 0.1
 */
public record TierOutlook(LocalDate assessmentDay, @Nullable String droppingTo, long metricToStay, long metricThen) {}
