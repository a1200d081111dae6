package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;
import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;

import com.google.common.collect.ImmutableMap;

/**
 * Fits a {@link ShiftedBetaGeometricModel} to a cohort's survivors by maximum likelihood: minimise
 * −ln L / n₀ + penalizer · (α² + β²) over ln(α, β) by BFGS with the analytic gradient, from α = β = 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class ShiftedBetaGeometricFitter {

    private final double penalizer;

    private ShiftedBetaGeometricFitter(double penalizer) {
        this.penalizer = penalizer;
    }

    /** An unpenalised fitter. */
    public static ShiftedBetaGeometricFitter create() {
        return new ShiftedBetaGeometricFitter(0.0);
    }

    /**
     * The same fitter with an L2 penalizer coefficient.
     *
     * @throws IllegalArgumentException if the coefficient is negative or not finite
     */
    public ShiftedBetaGeometricFitter withPenalizer(double coefficient) {
        checkArgument(coefficient >= 0 && Double.isFinite(coefficient), "penalizer must be finite and >= 0 but was %s",
                coefficient);
        return new ShiftedBetaGeometricFitter(coefficient);
    }

    /**
     * Fits the survivors of one cohort: {@code survivors[t]} customers still active at period t,
     * from the acquisition at t = 0 (e.g. 1000, 631, 468, …).
     *
     * @throws IllegalArgumentException if there are fewer than two periods, a count is negative or
     *     not finite, the cohort is empty at period 0, or the counts ever increase
     * @throws ModelFitException        if nobody cancelled or everybody cancelled at the first
     *     renewal (the churn distribution cannot be identified), or the fit did not converge
     */
    public ShiftedBetaGeometricFit fit(double[] survivors) {
        checkSurvivors(survivors);
        double initial = survivors[0];
        double last = survivors[survivors.length - 1];
        if (last == initial) {
            throw new ModelFitException(lenientFormat("cannot fit sBG: none of the %s customers cancelled in %s periods, so the"
                    + " churn probability has no finite estimate; observe longer or fit with a penalizer", initial,
                    survivors.length - 1));
        }
        if (survivors[1] == 0) {
            throw new ModelFitException(lenientFormat("cannot fit sBG: all %s customers cancelled at the first renewal, so the"
                    + " churn probability is 1 for everybody and its spread cannot be estimated", initial));
        }
        double[] counts = survivors.clone();
        LogParameterObjective objective = new LogParameterObjective(2, penalizer, initial) {
            @Override
            double logLikelihood(double[] p, double[] dll) {
                return ShiftedBetaGeometricFitter.logLikelihood(p[0], p[1], counts, dll);
            }
        };
        LogParameterFit fit = LogParameterFit.run("sBG", objective, new double[] {1, 1}, new double[] {1, 1},
                new String[] {"alpha", "beta"}, initial);
        double[] p = fit.parameters();
        double[] e = fit.standardErrors();
        return new ShiftedBetaGeometricFit(ShiftedBetaGeometricModel.of(p[0], p[1]), logLikelihood(p[0], p[1], counts, null),
                penalizer, initial, fit.result().iterations(), ImmutableMap.of("alpha", e[0], "beta", e[1]));
    }

    static void checkSurvivors(double[] survivors) {
        checkArgument(survivors.length >= 2, "need the survivors of at least periods 0 and 1 but had %s values", survivors.length);
        for (int t = 0; t < survivors.length; t++) {
            if (!(survivors[t] >= 0 && Double.isFinite(survivors[t]))) {
                throw new IllegalArgumentException(lenientFormat("survivors at period %s must be finite and >= 0 but was %s", t,
                        survivors[t]));
            }
            if (t > 0 && survivors[t] > survivors[t - 1]) {
                throw new IllegalArgumentException(lenientFormat("survivors must not increase but went from %s at period %s to %s"
                        + " at period %s", survivors[t - 1], t - 1, survivors[t], t));
            }
        }
        checkArgument(survivors[0] > 0, "the cohort must have customers at period 0 but had %s", survivors[0]);
    }

    /**
     * Σ_{t=1}^{n} (n_{t−1} − n_t) ln P(T=t) + n_n ln S(n); adds its gradient in (α, β) into {@code dll}
     * unless null. ∂ ln P(T=t) = (ψ(α+1) − ψ(α), ψ(β+t−1) − ψ(β)) − ψ(α+β+t) + ψ(α+β) and
     * ∂ ln S(t) = (0, ψ(β+t) − ψ(β)) − ψ(α+β+t) + ψ(α+β) in each component.
     */
    static double logLikelihood(double alpha, double beta, double[] survivors, double[] dll) {
        double lb = logBeta(alpha, beta);
        double psiAB = digamma(alpha + beta);
        double psiB = digamma(beta);
        double dAlphaChurn = digamma(alpha + 1) - digamma(alpha);
        double ll = 0;
        int n = survivors.length - 1;
        for (int t = 1; t <= n; t++) {
            double lost = survivors[t - 1] - survivors[t];
            if (lost == 0) {
                continue;
            }
            ll += lost * (logBeta(alpha + 1, beta + t - 1) - lb);
            if (dll != null) {
                double psiABT = digamma(alpha + beta + t);
                dll[0] += lost * (dAlphaChurn - psiABT + psiAB);
                dll[1] += lost * (digamma(beta + t - 1) - psiB - psiABT + psiAB);
            }
        }
        if (survivors[n] > 0) {
            ll += survivors[n] * (logBeta(alpha, beta + n) - lb);
            if (dll != null) {
                double psiABN = digamma(alpha + beta + n);
                dll[0] += survivors[n] * (psiAB - psiABN);
                dll[1] += survivors[n] * (digamma(beta + n) - psiB - psiABN + psiAB);
            }
        }
        return ll;
    }
}
