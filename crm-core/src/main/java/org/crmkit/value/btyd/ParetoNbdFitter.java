package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits an {@link ParetoNbdModel} by maximum likelihood with the machinery of {@link BgNbdFitter}:
 * minimise −(Σ log-likelihood) / N + penalizer · (r² + α² + s² + β²) over the log-parameters, with
 * times scaled so the oldest customer has T = 1 (α and β penalised in that scale), from
 * log-parameters 0.1, by BFGS with the analytic gradient (the likelihood and its numerical
 * choices as {@link ParetoNbdModel} describes them), over distinct (x, t_x, T) histories with counts. Every
 * history costs two Gauss hypergeometric series per evaluation, so a fit takes a few times as long
 * as a BG/NBD fit.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class ParetoNbdFitter {

    private static final Logger LOG = LoggerFactory.getLogger(ParetoNbdFitter.class);
    private static final double START = Math.exp(0.1);

    private final double penalizer;
    private final boolean parallel;
    private final ParetoNbdModel start;

    private ParetoNbdFitter(double penalizer, boolean parallel, ParetoNbdModel start) {
        this.penalizer = penalizer;
        this.parallel = parallel;
        this.start = start;
    }

    /** An unpenalised fitter that uses all cores. */
    public static ParetoNbdFitter create() {
        return new ParetoNbdFitter(0.0, true, null);
    }

    /**
     * The same fitter with an L2 penalizer coefficient.
     *
     * @throws IllegalArgumentException if the coefficient is negative or not finite
     */
    public ParetoNbdFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new ParetoNbdFitter(coefficient, parallel, start);
    }

    /** The same fitter evaluating the likelihood on the calling thread only (or on all cores again). */
    public ParetoNbdFitter parallel(boolean parallel) {
        return new ParetoNbdFitter(penalizer, parallel, start);
    }

    /** The same fitter starting from {@code model}. */
    public ParetoNbdFitter startingFrom(ParetoNbdModel model) {
        return new ParetoNbdFitter(penalizer, parallel, checkNotNull(model, "model"));
    }

    /**
     * Fits the customers of {@code summary}.
     *
     * @throws ModelFitException if there are fewer than two customers, nobody made a repeat
     *     purchase, or the optimiser did not converge to a finite optimum
     */
    public ParetoNbdFit fit(RepeatPurchaseSummary summary) {
        checkNotNull(summary, "summary");
        return fit(HistoryRows.of(summary.histories()));
    }

    /**
     * Fits customers given as columns; {@code weights} (or {@code null} for one each) counts the
     * customers sharing a row.
     *
     * @throws IllegalArgumentException if the columns differ in length or a row is inconsistent or not finite
     * @throws ModelFitException        as {@link #fit(RepeatPurchaseSummary)}
     */
    public ParetoNbdFit fit(int[] frequency, double[] recency, double[] age, double[] weights) {
        return fit(HistoryRows.of(frequency, recency, age, weights));
    }

    private ParetoNbdFit fit(HistoryRows rows) {
        rows.checkIdentifiable("Pareto/NBD");
        ParetoNbdLikelihood objective = new ParetoNbdLikelihood(rows, penalizer, parallel, true);
        double[] from = start == null ? new double[] {START, START, START, START}
                : new double[] {start.r(), start.alpha() * rows.scale, start.s(), start.beta() * rows.scale};
        LogParameterFit fit = LogParameterFit.run("Pareto/NBD", objective, from, new double[] {1, 1 / rows.scale, 1, 1 / rows.scale},
                new String[] {"r", "alpha", "s", "beta"}, rows.totalWeight);
        double[] p = fit.parameters();
        ParetoNbdModel model = ParetoNbdModel.of(p[0], p[1], p[2], p[3]);
        double logLikelihood = logLikelihood(rows, model);
        double[] e = fit.standardErrors();
        LOG.debug("Pareto/NBD fit on {}: {} log-likelihood {} in {} iterations", rows, model, logLikelihood,
                fit.result().iterations());
        return new ParetoNbdFit(model, logLikelihood, penalizer, rows.totalWeight, rows.rows(), fit.result().iterations(),
                fit.result().gradientNorm(), ImmutableMap.of("r", e[0], "alpha", e[1], "s", e[2], "beta", e[3]));
    }

    /** Σ log-likelihood of the summary's customers under {@code model}, in the summary's unit. */
    public double logLikelihood(ParetoNbdModel model, RepeatPurchaseSummary summary) {
        return logLikelihood(HistoryRows.of(summary.histories()), model);
    }

    private double logLikelihood(HistoryRows rows, ParetoNbdModel model) {
        double scaled = new ParetoNbdLikelihood(rows, 0, parallel, false).logLikelihood(
                new double[] {model.r(), model.alpha() * rows.scale, model.s(), model.beta() * rows.scale}, new double[4]);
        return scaled + Math.log(rows.scale) * rows.totalRepeats;
    }
}
