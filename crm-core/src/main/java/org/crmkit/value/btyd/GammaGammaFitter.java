package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.crmkit.value.btyd.internal.Bfgs;
import org.crmkit.value.btyd.internal.StandardErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits a {@link GammaGammaModel} to repeat buyers by maximum likelihood, with the objective and
 * penalizer of {@code lifetimes}' GammaGammaFitter and its start for p and q (log-parameters 0.1);
 * v starts where the model's mean spend p·v / (q − 1) equals the customers' mean spend, so the
 * optimiser's work does not depend on the currency unit. The objective is:
 * minimise −(Σ log-likelihood) / N + penalizer · (p² + q² + v²) over ln(p, q, v). Only customers
 * with x &gt; 0 are used; those with x &gt; 0 but monetary value 0 are left out and counted in {@link
 * GammaGammaFit#excludedZeroSpend()}.
 *
 * <p>Optimiser: BFGS as in {@link BgNbdFitter}, stopping when every gradient component of the mean
 * objective in log-parameters is at most {@value #GRADIENT_TOLERANCE}, or when no step can decrease
 * the objective and the decrease a full quasi-Newton step predicts is below 1e-13 of it.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GammaGammaFitter {

    /** Gradient tolerance of the optimiser (largest component, mean objective, log-parameters). */
    public static final double GRADIENT_TOLERANCE = 1e-9;
    /** Iteration limit of the optimiser. */
    public static final int MAX_ITERATIONS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(GammaGammaFitter.class);
    private static final double LIFETIMES_START = 0.1;

    private final double penalizer;
    private final boolean parallel;

    private GammaGammaFitter(double penalizer, boolean parallel) {
        this.penalizer = penalizer;
        this.parallel = parallel;
    }

    /** An unpenalised fitter using all cores. */
    public static GammaGammaFitter create() {
        return new GammaGammaFitter(0.0, true);
    }

    /** The same fitter with an L2 penalizer coefficient ≥ 0 ({@code lifetimes}' penalizer_coef). */
    public GammaGammaFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new GammaGammaFitter(coefficient, parallel);
    }

    /** The same fitter evaluating on the calling thread only (or on all cores again). */
    public GammaGammaFitter parallel(boolean parallel) {
        return new GammaGammaFitter(penalizer, parallel);
    }

    /**
     * Fits the repeat buyers of {@code summary}.
     *
     * @throws ModelFitException if fewer than two repeat buyers have a positive monetary value, or
     *     the optimiser did not converge (the message says when the likelihood has no finite maximum,
     *     as with a few customers whose spend varies little, where a penalizer gives a finite fit)
     */
    public GammaGammaFit fit(RepeatPurchaseSummary summary) {
        checkNotNull(summary, "summary");
        return fit(summary.frequencies(), summary.monetaryValues(), null);
    }

    /**
     * Fits customers given as columns ({@code weights} may be {@code null} for one each); rows with
     * x = 0 are skipped, rows with x &gt; 0 and monetary value 0 are excluded and counted.
     *
     * @throws IllegalArgumentException if lengths differ, or a frequency, monetary value or weight is
     *     negative or not finite
     * @throws ModelFitException        as {@link #fit(RepeatPurchaseSummary)}
     */
    public GammaGammaFit fit(int[] frequency, double[] monetaryValue, double[] weights) {
        int n = frequency.length;
        checkArgument(monetaryValue.length == n && (weights == null || weights.length == n),
                "frequency, monetary value and weights must have the same length");
        int used = 0;
        int excluded = 0;
        for (int i = 0; i < n; i++) {
            double weight = weights == null ? 1 : weights[i];
            if (!(frequency[i] >= 0 && monetaryValue[i] >= 0 && Double.isFinite(monetaryValue[i]) && weight > 0)) {
                throw new IllegalArgumentException(lenientFormat("customer %s: needs frequency >= 0, a finite monetary value"
                        + " >= 0 and weight > 0 but had %s, %s, %s", i, frequency[i], monetaryValue[i], weight));
            }
            if (frequency[i] > 0 && monetaryValue[i] == 0) {
                excluded++;
            } else if (frequency[i] > 0) {
                used++;
            }
        }
        if (used < 2) {
            throw new ModelFitException(String.format(Locale.ROOT, "cannot fit Gamma-Gamma: it needs at least two repeat buyers"
                    + " with a positive monetary value but there were %d (%d more with monetary value 0)", used, excluded));
        }
        // the repeat buyers' columns at their exact size (a million customers' scratch columns would be fresh memory too)
        int[] x = new int[used];
        double[] m = new double[used];
        double[] w = new double[used];
        for (int i = 0, k = 0; k < used; i++) {
            if (frequency[i] > 0 && monetaryValue[i] > 0) {
                x[k] = frequency[i];
                m[k] = monetaryValue[i];
                w[k++] = weights == null ? 1 : weights[i];
            }
        }
        GammaGammaLikelihood objective = new GammaGammaLikelihood(x, m, w, penalizer, parallel);
        double meanSpend = 0;
        double total = 0;
        for (int i = 0; i < used; i++) {
            meanSpend += w[i] * m[i];
            total += w[i];
        }
        meanSpend /= total;
        double vStart = Math.log(meanSpend * (Math.exp(LIFETIMES_START) - 1) / Math.exp(LIFETIMES_START));
        Bfgs.Result result = Bfgs.minimize(objective, new double[] {LIFETIMES_START, LIFETIMES_START, vStart},
                GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double[] p = {Math.exp(result.x()[0]), Math.exp(result.x()[1]), Math.exp(result.x()[2])};
        double[] unitFree = {p[0], p[1], p[2] / meanSpend};
        if (!result.converged() || !Double.isFinite(result.value()) || !(p[0] > 0 && p[1] > 0 && p[2] > 0)
                || !Double.isFinite(p[0] + p[1] + p[2]) || !ParameterGuard.noneRanOffToInfinity(unitFree)) {
            throw new ModelFitException(ParameterGuard.failure("Gamma-Gamma", result, used + " repeat buyers",
                    new String[] {"p", "q", "v"}, p, unitFree));
        }
        double logLikelihood = objective.logLikelihood(p[0], p[1], p[2], new double[3]);
        double[] errors = StandardErrors.of(objective, result.x(), result.gradient(), p, total);
        GammaGammaModel model = GammaGammaModel.of(p[0], p[1], p[2]);
        LOG.debug("Gamma-Gamma fit on {} repeat buyers ({} excluded with zero spend): {} log-likelihood {}", used, excluded,
                model, logLikelihood);
        return new GammaGammaFit(model, logLikelihood, penalizer, total, excluded, result.iterations(), result.evaluations(),
                result.gradientNorm(), ImmutableMap.of("p", errors[0], "q", errors[1], "v", errors[2]));
    }
}
