package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The dates a {@link RepeatPurchaseSummary} is built for: purchases up to and including {@code
 * calibrationEnd} make frequency, recency, T and monetary value (T runs to the calibration end);
 * purchases after it and up to and including {@code observationEnd} make the holdout counts.
 * Without a holdout both dates are the same.
 *
 * @param unit           period unit of recency, T and the holdout duration
 * @param calibrationEnd last day of the calibration period, inclusive
 * @param observationEnd last day of the observation, inclusive; not before the calibration end
 * @since 0.1
 */
public record SummaryWindow(PeriodUnit unit, LocalDate calibrationEnd, LocalDate observationEnd) {

    /** Checks that nothing is missing and the holdout does not run backwards. */
    public SummaryWindow {
        checkNotNull(unit, "unit");
        checkNotNull(calibrationEnd, "calibrationEnd");
        checkNotNull(observationEnd, "observationEnd");
        checkArgument(!observationEnd.isBefore(calibrationEnd), "observation end %s must not be before the calibration end %s",
                observationEnd, calibrationEnd);
    }

    /** A window without holdout: everything up to {@code end} is calibration. */
    public static SummaryWindow until(PeriodUnit unit, LocalDate end) {
        return new SummaryWindow(unit, end, end);
    }

    /** A calibration period up to {@code calibrationEnd} and a holdout period up to {@code observationEnd}. */
    public static SummaryWindow withHoldout(PeriodUnit unit, LocalDate calibrationEnd, LocalDate observationEnd) {
        return new SummaryWindow(unit, calibrationEnd, observationEnd);
    }

    /** Length of the holdout period in the unit ({@code lifetimes}' duration_holdout). */
    public double holdoutDuration() {
        return unit.fromDays(observationEnd.toEpochDay() - calibrationEnd.toEpochDay());
    }
}
