package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * Fits a {@link BgBbModel} by maximum likelihood with the machinery of the continuous-time
 * fitters: minimise −(Σ w·ln L) / Σ w + penalizer · (α² + β² + γ² + δ²) over the log-parameters by
 * BFGS with the analytic gradient, from parameters 1. Histories are given as columns with a weight
 * each (the usual form of such data: one row per distinct history and how many customers share it).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class BgBbFitter {

    private final double penalizer;

    private BgBbFitter(double penalizer) {
        this.penalizer = penalizer;
    }

    /** An unpenalised fitter. */
    public static BgBbFitter create() {
        return new BgBbFitter(0.0);
    }

    /**
     * The same fitter with an L2 penalizer coefficient.
     *
     * @throws IllegalArgumentException if the coefficient is negative or not finite
     */
    public BgBbFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new BgBbFitter(coefficient);
    }

    /**
     * Fits the histories: row i is {@code weights[i]} customers (or one each if {@code weights} is
     * null) with {@code frequency[i]} transactions, the last at opportunity {@code recency[i]}, out of
     * {@code periods[i]} opportunities.
     *
     * @throws IllegalArgumentException if the columns differ in length or a row is inconsistent:
     *     a negative value, frequency &gt; recency or recency &gt; periods, a recency without
     *     frequency, a weight that is not finite and positive
     * @throws ModelFitException        if there are no customers or a single one, nobody transacted
     *     again, everybody transacted at every opportunity, or the fit did not converge
     */
    public BgBbFit fit(int[] frequency, int[] recency, int[] periods, double[] weights) {
        int rows = frequency.length;
        checkArgument(recency.length == rows && periods.length == rows && (weights == null || weights.length == rows),
                "frequency, recency, periods and weights must have the same length but had %s, %s, %s and %s", rows,
                recency.length, periods.length, weights == null ? "none" : weights.length);
        double[] w = new double[rows];
        double total = 0;
        double transactions = 0;
        double opportunities = 0;
        for (int i = 0; i < rows; i++) {
            try {
                BgBbModel.checkHistory(frequency[i], recency[i], periods[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + i + ": " + e.getMessage(), e);
            }
            w[i] = weights == null ? 1 : weights[i];
            if (!(w[i] > 0 && Double.isFinite(w[i]))) {
                throw new IllegalArgumentException(lenientFormat("row %s: weight must be finite and > 0 but was %s", i, w[i]));
            }
            total += w[i];
            transactions += w[i] * frequency[i];
            opportunities += w[i] * periods[i];
        }
        if (total < 2) {
            throw new ModelFitException(total == 0 ? "cannot fit BG/BB to no customers; the data are empty"
                    : "cannot fit the 4 BG/BB parameters to a single customer; fit a population of customers");
        }
        if (transactions == 0 || transactions == opportunities) {
            throw new ModelFitException(String.format(Locale.ROOT, "cannot fit BG/BB: the %,.0f customers %s, so transacting and"
                    + " dropping out cannot be told apart", total, transactions == 0 ? "never transacted again (every"
                    + " frequency is 0)" : "transacted at every opportunity"));
        }
        BgBbLikelihood objective = new BgBbLikelihood(frequency.clone(), recency.clone(), periods.clone(), w, total, penalizer);
        LogParameterFit fit = LogParameterFit.run("BG/BB", objective, new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1},
                new String[] {"alpha", "beta", "gamma", "delta"}, total);
        double[] p = fit.parameters();
        BgBbModel model = BgBbModel.of(p[0], p[1], p[2], p[3]);
        double logLikelihood = objective.logLikelihood(p, new double[4]);
        double[] e = fit.standardErrors();
        return new BgBbFit(model, logLikelihood, penalizer, total, fit.result().iterations(), fit.result().gradientNorm(),
                ImmutableMap.of("alpha", e[0], "beta", e[1], "gamma", e[2], "delta", e[3]));
    }
}
