package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.crmkit.value.btyd.internal.Bfgs;
import org.crmkit.value.btyd.internal.StandardErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits a {@link BgNbdModel} by maximum likelihood, with the objective, starting point and
 * penalizer of {@code lifetimes}' BetaGeoFitter so both give the same parameters: minimise
 * −(Σ log-likelihood) / N + penalizer · (r² + α² + a² + b²) over the log-parameters, with times
 * scaled so the oldest customer has T = 1 (α is penalised in that scale), from log-parameters 0.1.
 *
 * <p>Optimiser: BFGS with a strong-Wolfe line search and the analytic gradient; it stops when every
 * component of the gradient of that mean objective with respect to the log-parameters is at most
 * {@value #GRADIENT_TOLERANCE}, or when no step can decrease the objective and the decrease a full
 * quasi-Newton step predicts is below 1e-13 of the objective (flat to rounding); it fails after
 * {@value #MAX_ITERATIONS} iterations. The likelihood runs over distinct
 * (x, t_x, T) rows with counts, split in fixed chunks over the common fork-join pool; the chunk
 * sums are added in a fixed order, so a parallel fit gives bit-for-bit the parameters of a
 * sequential one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BgNbdFitter {

    /** Gradient tolerance of the optimiser (largest component, mean objective, log-parameters). */
    public static final double GRADIENT_TOLERANCE = 1e-9;
    /** Iteration limit of the optimiser. */
    public static final int MAX_ITERATIONS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(BgNbdFitter.class);
    private static final double LIFETIMES_START = 0.1;

    private final double penalizer;
    private final boolean parallel;
    private final BgNbdModel start;

    private BgNbdFitter(double penalizer, boolean parallel, BgNbdModel start) {
        this.penalizer = penalizer;
        this.parallel = parallel;
        this.start = start;
    }

    /** An unpenalised fitter that uses all cores and starts where {@code lifetimes} does. */
    public static BgNbdFitter create() {
        return new BgNbdFitter(0.0, true, null);
    }

    /** The same fitter with an L2 penalizer coefficient ≥ 0 ({@code lifetimes}' penalizer_coef). */
    public BgNbdFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new BgNbdFitter(coefficient, parallel, start);
    }

    /** The same fitter evaluating the likelihood on the calling thread only (or on all cores again). */
    public BgNbdFitter parallel(boolean parallel) {
        return new BgNbdFitter(penalizer, parallel, start);
    }

    /** The same fitter starting from {@code model} instead of {@code lifetimes}' starting point. */
    public BgNbdFitter startingFrom(BgNbdModel model) {
        return new BgNbdFitter(penalizer, parallel, checkNotNull(model, "model"));
    }

    /**
     * Fits the customers of {@code summary}.
     *
     * @throws ModelFitException if there are fewer than two customers, nobody made a repeat
     *     purchase, or the optimiser did not converge to a finite optimum (the message says when
     *     the likelihood has no finite maximum, where a penalizer gives a finite fit)
     */
    public BgNbdFit fit(RepeatPurchaseSummary summary) {
        checkNotNull(summary, "summary");
        return fit(BgNbdRows.of(summary.histories()));
    }

    /**
     * Fits customers given as columns; {@code weights} (or {@code null} for one each) counts the
     * customers sharing a row.
     *
     * @throws IllegalArgumentException if the columns differ in length or a row is inconsistent
     * @throws ModelFitException        as {@link #fit(RepeatPurchaseSummary)}
     */
    public BgNbdFit fit(int[] frequency, double[] recency, double[] age, double[] weights) {
        return fit(BgNbdRows.of(frequency, recency, age, weights));
    }

    private BgNbdFit fit(BgNbdRows rows) {
        checkIdentifiable(rows);
        BgNbdLikelihood objective = new BgNbdLikelihood(rows, penalizer, parallel);
        double[] theta = start == null ? new double[] {LIFETIMES_START, LIFETIMES_START, LIFETIMES_START, LIFETIMES_START}
                : new double[] {Math.log(start.r()), Math.log(start.alpha() * rows.scale), Math.log(start.a()), Math.log(start.b())};
        Bfgs.Result result = Bfgs.minimize(objective, theta, GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double[] p = new double[4];
        for (int i = 0; i < 4; i++) {
            p[i] = Math.exp(result.x()[i]);
        }
        p[1] /= rows.scale;
        double[] unitFree = {p[0], p[1] * rows.scale, p[2], p[3]};
        if (!result.converged() || !Double.isFinite(result.value()) || !allFiniteAndPositive(p) || !ParameterGuard.noneRanOffToInfinity(unitFree)) {
            throw new ModelFitException(ParameterGuard.failure("BG/NBD", result,
                    String.format(Locale.ROOT, "%,.0f customers", rows.totalWeight), new String[] {"r", "alpha", "a", "b"}, p,
                    unitFree));
        }
        BgNbdModel model = BgNbdModel.of(p[0], p[1], p[2], p[3]);
        double logLikelihood = scaledLogLikelihood(rows, model) + Math.log(rows.scale) * rows.totalRepeats;
        double[] errors = StandardErrors.of(objective, result.x(), result.gradient(), p, rows.totalWeight);
        LOG.debug("BG/NBD fit on {} customers ({} distinct rows): {} log-likelihood {} in {} iterations",
                rows.totalWeight, rows.rows(), model, logLikelihood, result.iterations());
        return new BgNbdFit(model, logLikelihood, penalizer, rows.totalWeight, rows.rows(), result.iterations(),
                result.evaluations(), result.gradientNorm(),
                ImmutableMap.of("r", errors[0], "alpha", errors[1], "a", errors[2], "b", errors[3]));
    }

    /** Σ log-likelihood of the summary's customers under {@code model}, in the summary's unit. */
    public double logLikelihood(BgNbdModel model, RepeatPurchaseSummary summary) {
        BgNbdRows rows = BgNbdRows.of(summary.histories());
        return scaledLogLikelihood(rows, model) + Math.log(rows.scale) * rows.totalRepeats;
    }

    private double scaledLogLikelihood(BgNbdRows rows, BgNbdModel model) {
        return new BgNbdLikelihood(rows, 0, parallel).logLikelihood(model.r(), model.alpha() * rows.scale, model.a(),
                model.b(), new double[4]);
    }

    private static void checkIdentifiable(BgNbdRows rows) {
        if (rows.customers == 0) {
            throw new ModelFitException("cannot fit BG/NBD to no customers; the summary is empty");
        }
        if (rows.totalWeight < 2) {
            throw new ModelFitException("cannot fit the 4 BG/NBD parameters to a single customer; fit a population of customers");
        }
        if (rows.totalRepeats == 0) {
            throw new ModelFitException(String.format(Locale.ROOT, "cannot fit BG/NBD: none of the %,.0f customers made a repeat"
                    + " purchase, so the purchase rate and dropout cannot be told apart; use a longer calibration period",
                    rows.totalWeight));
        }
    }

    private static boolean allFiniteAndPositive(double[] p) {
        for (double v : p) {
            if (!(v > 0) || !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
