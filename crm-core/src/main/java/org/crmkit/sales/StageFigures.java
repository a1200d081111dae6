package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One open stage's line of a funnel group, as of the report's instant.
 *
 * @param reached how many opportunities got this far: the stage, a later open stage or WON
 * @param current how many were in it
 * @param conversionToNext the share of those that reached it that reached the next open stage (for
 *     the last open stage: that were won), 0 to 1 with four decimals, or null if none reached it
 * @param averageTimeInStage the mean time of the stays in it that had ended (to the second), or null if none had
 * @since 0.2
 */
public record StageFigures(String stage, long reached, long current, @Nullable BigDecimal conversionToNext,
        @Nullable Duration averageTimeInStage) {

    /** Checks the components. */
    public StageFigures {
        checkNotNull(stage, "stage");
    }
}
