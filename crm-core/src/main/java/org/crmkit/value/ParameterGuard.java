package org.crmkit.value;

import java.util.Arrays;

/**
 * Keeps the objectives defined while the optimiser explores: a log-parameter far enough out makes
 * the parameter underflow to 0 or overflow to ∞, where the likelihood has no value. The objective
 * then reports +∞ (and a NaN gradient), and the line search steps back.
 */
final class ParameterGuard {

    private ParameterGuard() {}

    /** Whether every parameter is positive and finite; if not, fills the gradient with NaN. */
    static boolean usable(double[] parameters, double[] gradient) {
        for (double p : parameters) {
            if (!(p > 0) || !Double.isFinite(p)) {
                Arrays.fill(gradient, Double.NaN);
                return false;
            }
        }
        return true;
    }
}
