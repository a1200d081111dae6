package org.crmkit.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.crmkit.value.btyd.CustomerLifetimeValue;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.scoring.PurchaseModelChoice;

/**
 * What {@code crm analyze} was asked for.
 *
 * @param unit           period of recency, T and the models
 * @param calibrationEnd last day of the fitting data, inclusive; null for the observation end
 * @param observationEnd last day read, inclusive; null for the calibration end or else the last order date
 * @param horizonMonths  months of expected purchases and CLV
 * @param discountRate   monthly discount rate of the CLV
 * @param margin         profit margin applied to the CLV
 * @param penalizer      L2 penalizer of both fits
 * @param model          the purchase model, or AUTO
 */
record AnalysisSettings(PeriodUnit unit, LocalDate calibrationEnd, LocalDate observationEnd, int horizonMonths,
        double discountRate, double margin, double penalizer, PurchaseModelChoice model) {

    AnalysisSettings {
        checkNotNull(unit, "unit");
        checkNotNull(model, "model");
        checkArgument(calibrationEnd == null || observationEnd == null || !observationEnd.isBefore(calibrationEnd),
                "--observation-end %s is before --calibration-end %s", observationEnd, calibrationEnd);
        checkArgument(penalizer >= 0 && Double.isFinite(penalizer), "--penalizer must be >= 0 but was %s", penalizer);
        lifetimeValue(horizonMonths, discountRate, margin);
    }

    /** The window for a file whose last order is on {@code lastDay}. */
    SummaryWindow window(LocalDate lastDay) {
        LocalDate calibration = calibrationEnd != null ? calibrationEnd : observationEnd != null ? observationEnd : lastDay;
        LocalDate observation = observationEnd != null ? observationEnd : calibration;
        return SummaryWindow.withHoldout(unit, calibration, observation);
    }

    /** The lifetime-value settings. */
    CustomerLifetimeValue lifetimeValue() {
        return lifetimeValue(horizonMonths, discountRate, margin);
    }

    private static CustomerLifetimeValue lifetimeValue(int months, double rate, double margin) {
        checkArgument(months >= 1, "--horizon-months must be >= 1 but was %s", months);
        checkArgument(rate >= 0 && Double.isFinite(rate), "--discount-rate must be >= 0 but was %s", rate);
        checkArgument(margin > 0 && Double.isFinite(margin), "--margin must be > 0 but was %s", margin);
        return new CustomerLifetimeValue(months, rate, margin);
    }

    /** Whether the reports must name the model: any choice but the default BG/NBD, whose output stays as it was. */
    boolean namesModel() {
        return model != PurchaseModelChoice.BG_NBD;
    }
}
