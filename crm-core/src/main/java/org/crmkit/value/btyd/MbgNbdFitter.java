package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits an {@link MbgNbdModel} by maximum likelihood with the machinery of {@link BgNbdFitter}:
 * minimise −(Σ log-likelihood) / N + penalizer · (r² + α² + a² + b²) over the log-parameters, with
 * times scaled so the oldest customer has T = 1 (α penalised in that scale), from log-parameters
 * 0.1, by BFGS with the analytic gradient, over distinct (x, t_x, T) histories with counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class MbgNbdFitter {

    private static final Logger LOG = LoggerFactory.getLogger(MbgNbdFitter.class);
    private static final double START = Math.exp(0.1);

    private final double penalizer;
    private final boolean parallel;
    private final MbgNbdModel start;

    private MbgNbdFitter(double penalizer, boolean parallel, MbgNbdModel start) {
        this.penalizer = penalizer;
        this.parallel = parallel;
        this.start = start;
    }

    /** An unpenalised fitter that uses all cores. */
    public static MbgNbdFitter create() {
        return new MbgNbdFitter(0.0, true, null);
    }

    /**
     * The same fitter with an L2 penalizer coefficient.
     *
     * @throws IllegalArgumentException if the coefficient is negative or not finite
     */
    public MbgNbdFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new MbgNbdFitter(coefficient, parallel, start);
    }

    /** The same fitter evaluating the likelihood on the calling thread only (or on all cores again). */
    public MbgNbdFitter parallel(boolean parallel) {
        return new MbgNbdFitter(penalizer, parallel, start);
    }

    /** The same fitter starting from {@code model}. */
    public MbgNbdFitter startingFrom(MbgNbdModel model) {
        return new MbgNbdFitter(penalizer, parallel, checkNotNull(model, "model"));
    }

    /**
     * Fits the customers of {@code summary}.
     *
     * @throws ModelFitException if there are fewer than two customers, nobody made a repeat
     *     purchase, or the optimiser did not converge to a finite optimum
     */
    public MbgNbdFit fit(RepeatPurchaseSummary summary) {
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
    public MbgNbdFit fit(int[] frequency, double[] recency, double[] age, double[] weights) {
        return fit(HistoryRows.of(frequency, recency, age, weights));
    }

    private MbgNbdFit fit(HistoryRows rows) {
        rows.checkIdentifiable("MBG/NBD");
        MbgNbdLikelihood objective = new MbgNbdLikelihood(rows, penalizer, parallel);
        double[] from = start == null ? new double[] {START, START, START, START}
                : new double[] {start.r(), start.alpha() * rows.scale, start.a(), start.b()};
        LogParameterFit fit = LogParameterFit.run("MBG/NBD", objective, from, new double[] {1, 1 / rows.scale, 1, 1},
                new String[] {"r", "alpha", "a", "b"}, rows.totalWeight);
        double[] p = fit.parameters();
        MbgNbdModel model = MbgNbdModel.of(p[0], p[1], p[2], p[3]);
        double logLikelihood = logLikelihood(rows, model);
        double[] e = fit.standardErrors();
        LOG.debug("MBG/NBD fit on {}: {} log-likelihood {} in {} iterations", rows, model, logLikelihood,
                fit.result().iterations());
        return new MbgNbdFit(model, logLikelihood, penalizer, rows.totalWeight, rows.rows(), fit.result().iterations(),
                fit.result().gradientNorm(), ImmutableMap.of("r", e[0], "alpha", e[1], "a", e[2], "b", e[3]));
    }

    /** Σ log-likelihood of the summary's customers under {@code model}, in the summary's unit. */
    public double logLikelihood(MbgNbdModel model, RepeatPurchaseSummary summary) {
        return logLikelihood(HistoryRows.of(summary.histories()), model);
    }

    private double logLikelihood(HistoryRows rows, MbgNbdModel model) {
        double scaled = new MbgNbdLikelihood(rows, 0, parallel).logLikelihood(
                new double[] {model.r(), model.alpha() * rows.scale, model.a(), model.b()}, new double[4]);
        return scaled + Math.log(rows.scale) * rows.totalRepeats;
    }
}
