package org.crmkit.value.btyd;

import java.util.Locale;
import org.crmkit.value.btyd.internal.Bfgs;
import org.crmkit.value.btyd.internal.StandardErrors;

/**
 * Runs BFGS over log-parameters for the fitters of this package and turns the outcome into
 * parameters, or into a {@link ModelFitException} that says why (see {@link ParameterGuard}).
 * Tolerance and iteration limit are those of {@link BgNbdFitter}.
 *
 * @param parameters     the fitted parameters in the data's own units
 * @param result         the optimiser's outcome
 * @param standardErrors one per parameter, as {@link StandardErrors} computes them
 */
record LogParameterFit(double[] parameters, Bfgs.Result result, double[] standardErrors) {

    /**
     * Minimises {@code objective} from the (scaled) parameters {@code start}; {@code toUnits[i]}
     * turns parameter i from the optimiser's scale into the data's units (1 for unit-free ones).
     *
     * @throws ModelFitException if the optimiser did not converge to finite, positive parameters, or converged
     *     with one run off towards infinity ({@link ParameterGuard#noneRanOffToInfinity})
     */
    static LogParameterFit run(String model, LogParameterObjective objective, double[] start, double[] toUnits, String[] names,
            double customers) {
        int n = start.length;
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = Math.log(start[i]);
        }
        Bfgs.Result result = Bfgs.minimize(objective, theta, BgNbdFitter.GRADIENT_TOLERANCE, BgNbdFitter.MAX_ITERATIONS);
        double[] scaled = new double[n];
        double[] p = new double[n];
        boolean usable = result.converged() && Double.isFinite(result.value());
        for (int i = 0; i < n; i++) {
            scaled[i] = Math.exp(result.x()[i]);
            p[i] = scaled[i] * toUnits[i];
            usable &= p[i] > 0 && Double.isFinite(p[i]);
        }
        if (!usable || !ParameterGuard.noneRanOffToInfinity(scaled)) {
            throw new ModelFitException(ParameterGuard.failure(model, result, String.format(Locale.ROOT, "%,.0f customers",
                    customers), names, p, scaled));
        }
        double[] errors = StandardErrors.of(objective, result.x(), result.gradient(), p, customers);
        return new LogParameterFit(p, result, errors);
    }
}
