package org.crmkit.value.btyd;

import org.crmkit.value.btyd.internal.DifferentiableFunction;

/**
 * The objective every fitter in this package minimises, as {@code lifetimes} does: over the
 * log-parameters θ = ln p, f(θ) = −Σ w·ℓ / Σ w + penalizer · Σ p², with the analytic gradient
 * ∂f/∂θᵢ = −(∂Σw·ℓ/∂pᵢ) pᵢ / Σ w + 2 · penalizer · pᵢ². Subclasses give Σ w·ℓ and its gradient in
 * the parameters (in the scale the data were rescaled to, if any).
 */
abstract class LogParameterObjective implements DifferentiableFunction {

    private final int dimension;
    private final double penalizer;
    private final double totalWeight;

    LogParameterObjective(int dimension, double penalizer, double totalWeight) {
        this.dimension = dimension;
        this.penalizer = penalizer;
        this.totalWeight = totalWeight;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final double valueAndGradient(double[] theta, double[] gradient) {
        double[] p = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            p[i] = Math.exp(theta[i]);
        }
        if (!ParameterGuard.usable(p, gradient)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] dll = new double[dimension];
        double ll;
        try {
            ll = logLikelihood(p, dll);
        } catch (ArithmeticException e) {
            // a series that does not converge this far out: not a place the optimum can be
            java.util.Arrays.fill(gradient, Double.NaN);
            return Double.POSITIVE_INFINITY;
        }
        double penalty = 0;
        for (int i = 0; i < dimension; i++) {
            penalty += p[i] * p[i];
            gradient[i] = -dll[i] * p[i] / totalWeight + 2 * penalizer * p[i] * p[i];
        }
        return -ll / totalWeight + penalizer * penalty;
    }

    /** Σ w·ℓ at the parameters {@code p}, writing its gradient in p into {@code dll}. */
    abstract double logLikelihood(double[] p, double[] dll);
}
