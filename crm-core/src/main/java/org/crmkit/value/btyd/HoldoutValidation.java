package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a purchase model fitted on a calibration period predicts the holdout period that
 * follows it: per customer, the model's expected purchases over the holdout length given the
 * calibration history, against the purchase days the customer actually had in the holdout ({@link
 * RepeatPurchaseSummary#holdoutFrequency}). Reports the totals, the error figures by customer and
 * the means by calibration frequency as {@code lifetimes}' plot_calibration_purchases_vs_holdout_purchases
 * groups them (0 … 6 repeat purchases, here with a last group for 7 and more).
 *
 * @since 0.2
 */
public final class HoldoutValidation {

    /** Calibration frequencies with a group of their own; larger ones share the last group. */
    public static final int GROUPS = 7;

    /**
     * Customers with one calibration frequency (or {@link #GROUPS} and more, in the last group).
     *
     * @param frequency      calibration repeat purchases; {@link #GROUPS} stands for that many and more
     * @param customers      customers in the group
     * @param actualMean     mean holdout purchases of the group
     * @param predictedMean  mean expected holdout purchases of the group
     */
    public record Group(int frequency, long customers, double actualMean, double predictedMean) {}

    private final PurchaseModel model;
    private final int customers;
    private final double duration;
    private final double actual;
    private final double predicted;
    private final double absoluteError;
    private final double squaredError;
    private final List<Group> groups;

    private HoldoutValidation(PurchaseModel model, int customers, double duration, double actual, double predicted,
            double absoluteError, double squaredError, List<Group> groups) {
        this.model = model;
        this.customers = customers;
        this.duration = duration;
        this.actual = actual;
        this.predicted = predicted;
        this.absoluteError = absoluteError;
        this.squaredError = squaredError;
        this.groups = groups;
    }

    /**
     * Validates {@code model} (fitted on the calibration period of {@code summary}) on the holdout
     * period of {@code summary}.
     *
     * @throws IllegalArgumentException if the summary has no holdout period or no customers
     * @throws IllegalStateException    if the summary was made from columns, without holdout counts
     */
    public static HoldoutValidation of(PurchaseModel model, RepeatPurchaseSummary summary) {
        checkNotNull(model, "model");
        checkNotNull(summary, "summary");
        double duration = summary.holdoutDuration();
        checkArgument(duration > 0, "the summary has no holdout period; build it with SummaryWindow.withHoldout and an"
                + " observation end after the calibration end");
        checkArgument(summary.size() > 0, "the summary has no customers");
        double[] expected = model.expectedPurchases(duration, summary);
        long[] count = new long[GROUPS + 1];
        double[] actualSum = new double[GROUPS + 1];
        double[] predictedSum = new double[GROUPS + 1];
        double actual = 0;
        double predicted = 0;
        double absolute = 0;
        double squared = 0;
        for (int i = 0; i < summary.size(); i++) {
            int holdout = summary.holdoutFrequency(i);
            double error = expected[i] - holdout;
            actual += holdout;
            predicted += expected[i];
            absolute += Math.abs(error);
            squared += error * error;
            int g = Math.min(summary.frequency(i), GROUPS);
            count[g]++;
            actualSum[g] += holdout;
            predictedSum[g] += expected[i];
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g <= GROUPS; g++) {
            if (count[g] > 0) {
                groups.add(new Group(g, count[g], actualSum[g] / count[g], predictedSum[g] / count[g]));
            }
        }
        return new HoldoutValidation(model, summary.size(), duration, actual, predicted, absolute, squared, List.copyOf(groups));
    }

    /** The model validated. */
    public PurchaseModel model() {
        return model;
    }

    /** Customers validated (those with a calibration purchase). */
    public int customers() {
        return customers;
    }

    /** Length of the holdout period, in the summary's unit. */
    public double duration() {
        return duration;
    }

    /** Purchase days the customers had in the holdout. */
    public double actualPurchases() {
        return actual;
    }

    /** Purchases the model expected of them in the holdout. */
    public double predictedPurchases() {
        return predicted;
    }

    /** (predicted − actual) / actual of the totals; NaN when nobody bought in the holdout. */
    public double totalRelativeError() {
        return actual == 0 ? Double.NaN : (predicted - actual) / actual;
    }

    /** Mean over customers of |expected − actual| holdout purchases. */
    public double meanAbsoluteError() {
        return absoluteError / customers;
    }

    /**
     * Root of the mean over customers of (expected − actual)² holdout purchases: the figure a
     * conditional expectation is best at (it minimises the expected squared error), so the one
     * {@link PurchaseModelSelection} ranks models by.
     */
    public double rootMeanSquaredError() {
        return Math.sqrt(squaredError / customers);
    }

    /** Mean actual and predicted holdout purchases by calibration frequency, 0 … {@link #GROUPS} (and more). */
    public List<Group> byFrequency() {
        return groups;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s on %,d customers over %.2f periods: actual %.0f, predicted %.1f (%+.2f%%), MAE %.4f,"
                + " RMSE %.4f", model.kind().label(), customers, duration, actual, predicted, 100 * totalRelativeError(),
                meanAbsoluteError(), rootMeanSquaredError());
    }
}
