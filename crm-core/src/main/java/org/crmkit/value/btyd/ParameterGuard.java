package org.crmkit.value.btyd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crmkit.value.btyd.internal.Bfgs;

/**
 * Keeps the objectives defined while the optimiser explores: a log-parameter far enough out makes
 * the parameter underflow to 0 or overflow to ∞, where the likelihood has no value. The objective
 * then reports +∞ (and a NaN gradient), and the line search steps back. When a fit stops with
 * parameters far out towards 0 or ∞, the likelihood has no finite maximum and the message says so.
 */
final class ParameterGuard {

    /** Unit-free parameters beyond this factor from 1 (either way) are taken as running off to a boundary. */
    private static final double RUNAWAY = 1e6;

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

    /**
     * Whether every unit-free parameter ended below {@value #RUNAWAY}. A fit that converges with a
     * parameter beyond that has found no interior maximum but a boundary the likelihood creeps
     * towards (the optimiser stopped where the slope sank below rounding), and out there the
     * likelihood and the forecasts lose their precision: {@code ln Γ} of a parameter near 1e76 has no
     * digits left for the differences the model needs. Such a fit is refused like one that ran away
     * without converging. A parameter converging towards 0 (no dropout, say) keeps its precision and
     * is left to the caller.
     */
    static boolean noneRanOffToInfinity(double[] unitFree) {
        for (double p : unitFree) {
            if (!(p < RUNAWAY)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a fit that stopped without converging, or converged at a boundary, failed: if some parameters ran off towards 0 or ∞,
     * that the likelihood has no finite maximum, naming them; otherwise the optimiser's reason. Ends
     * with the advice to add a penalizer. {@code unitFree} are the parameters with money and time
     * divided out (the optimiser's own scale), which decide whether a parameter ran away.
     */
    static String failure(String model, Bfgs.Result result, String customers, String[] names, double[] parameters,
            double[] unitFree) {
        List<String> runaway = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            double p = parameters[i];
            if (!(unitFree[i] > 1 / RUNAWAY && unitFree[i] < RUNAWAY)) {
                runaway.add(names[i]);
            }
            values.append(String.format(Locale.ROOT, ", %s %.6g", names[i], p));
        }
        String figures = String.format(Locale.ROOT, "after %d iterations on %s: largest gradient %.3g%s", result.iterations(),
                customers, result.gradientNorm(), values);
        if (runaway.isEmpty()) {
            return String.format(Locale.ROOT, "%s fit did not converge (%s) %s; a small penalizer (e.g."
                    + " withPenalizer(0.001)) usually helps", model, result.reason(), figures);
        }
        return String.format(Locale.ROOT, "%s fit did not converge: the likelihood has no finite maximum, it keeps growing as"
                + " %s run off towards 0 or infinity (%s), so these data cannot pin the parameters down; fit with a small"
                + " penalizer, e.g. withPenalizer(0.001), or on more customers", model, String.join(", ", runaway), figures);
    }
}
