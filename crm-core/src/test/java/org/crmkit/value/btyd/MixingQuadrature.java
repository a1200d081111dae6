package org.crmkit.value.btyd;

/**
 * Nodes and weights that integrate over the gamma and beta mixing distributions of the models, for
 * checking closed forms against brute force: E[f(λ)] ≈ Σ wᵢ f(λᵢ). The gamma variable is
 * integrated over u = ln λ and the beta variable over y = logit p, where both densities decay
 * exponentially at both ends, so the trapezoid rule on a fine grid converges spectrally fast;
 * the weights are normalised to sum to 1 by the same rule, which cancels most of its error.
 */
final class MixingQuadrature {

    private static final double STEP = 0.06;

    /** Column 0: the values, column 1: the weights. */
    record Nodes(double[] values, double[] weights) {}

    private MixingQuadrature() {}

    /** Gamma(shape, rate). */
    static Nodes gamma(double shape, double rate) {
        double peak = Math.log(shape / rate);
        double from = peak - 50 / shape;
        double to = Math.log(Math.max(shape, 1) * 120 / rate);
        int n = (int) ((to - from) / STEP) + 1;
        double[] values = new double[n];
        double[] logs = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double u = from + i * STEP;
            values[i] = Math.exp(u);
            logs[i] = shape * u - rate * values[i];
            max = Math.max(max, logs[i]);
        }
        return normalised(values, logs, max);
    }

    /** Beta(a, b). */
    static Nodes beta(double a, double b) {
        double from = -50 / a;
        double to = 50 / b;
        int n = (int) ((to - from) / STEP) + 1;
        double[] values = new double[n];
        double[] logs = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double y = from + i * STEP;
            values[i] = 1 / (1 + Math.exp(-y));
            double softplus = y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
            logs[i] = a * y - (a + b) * softplus;
            max = Math.max(max, logs[i]);
        }
        return normalised(values, logs, max);
    }

    private static Nodes normalised(double[] values, double[] logs, double max) {
        double[] weights = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            weights[i] = Math.exp(logs[i] - max);
            sum += weights[i];
        }
        // nodes whose weight is below 1e-17 of the largest change no digit that matters: leave them out
        int kept = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] >= 1e-17) {
                values[kept] = values[i];
                weights[kept++] = weights[i] / sum;
            }
        }
        return new Nodes(java.util.Arrays.copyOf(values, kept), java.util.Arrays.copyOf(weights, kept));
    }

    /** A function of the two mixed variables. */
    @FunctionalInterface
    interface Integrand {
        double at(double first, double second);
    }

    /** E[f(X, Y)] for independent X and Y. */
    static double expectation(Nodes first, Nodes second, Integrand f) {
        double sum = 0;
        for (int i = 0; i < first.values().length; i++) {
            double inner = 0;
            double x = first.values()[i];
            for (int j = 0; j < second.values().length; j++) {
                inner += second.weights()[j] * f.at(x, second.values()[j]);
            }
            sum += first.weights()[i] * inner;
        }
        return sum;
    }
}
