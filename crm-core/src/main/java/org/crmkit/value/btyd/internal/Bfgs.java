package org.crmkit.value.btyd.internal;

import java.util.Arrays;

/**
 * Unconstrained quasi-Newton minimisation (BFGS with an inverse-Hessian update and a line search
 * meeting the strong Wolfe conditions, c1 = 1e-4, c2 = 0.9; Nocedal and Wright, Numerical
 * Optimization, algorithms 3.5, 3.6 and 6.1).
 *
 * <p>Convergence: the largest absolute gradient component is at most the gradient tolerance; or
 * the line search can no longer decrease the objective while the decrease the quasi-Newton model
 * predicts for a full step, −½ gᵀH⁻¹g, is below 1e-13 of |f| (the optimum is reached to the
 * precision the objective can be evaluated with).
 */
public final class Bfgs {

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_SEARCH = 30;
    /** Relative decrease below which a quasi-Newton step cannot be told from rounding. */
    private static final double FLAT = 1e-13;

    /**
     * The outcome of a minimisation.
     *
     * @param x           the last point reached
     * @param value       the objective there
     * @param gradient    the gradient there
     * @param iterations  quasi-Newton iterations run
     * @param evaluations value-and-gradient evaluations
     * @param converged   whether a convergence test was met
     * @param reason      why the run stopped, in words
     */
    public record Result(double[] x, double value, double[] gradient, int iterations, int evaluations, boolean converged,
            String reason) {

        /** The largest absolute gradient component at {@link #x}. */
        public double gradientNorm() {
            return maxAbs(gradient);
        }
    }

    private final DifferentiableFunction function;
    private final int n;
    private int evaluations;

    private Bfgs(DifferentiableFunction function) {
        this.function = function;
        this.n = function.dimension();
    }

    /**
     * Minimises {@code function} from {@code start}.
     *
     * @param gradientTolerance the largest absolute gradient component that counts as converged
     * @param maxIterations     the iteration limit
     * @return where the run stopped and why; {@link Result#converged()} is false when it failed
     */
    public static Result minimize(DifferentiableFunction function, double[] start, double gradientTolerance, int maxIterations) {
        return new Bfgs(function).run(start, gradientTolerance, maxIterations);
    }

    private Result run(double[] start, double gtol, int maxIterations) {
        double[] x = start.clone();
        double[] g = new double[n];
        double f = evaluate(x, g);
        if (!Double.isFinite(f) || !allFinite(g)) {
            return new Result(x, f, g, 0, evaluations, false, "objective is not finite at the starting point");
        }
        double[][] h = identity(1.0);
        boolean scaled = false;
        boolean resetOnce = false;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (maxAbs(g) <= gtol) {
                return new Result(x, f, g, iteration, evaluations, true, "gradient below tolerance");
            }
            double[] p = direction(h, g);
            double slope = dot(p, g);
            if (!(slope < 0)) {
                h = identity(1.0);
                p = direction(h, g);
                slope = dot(p, g);
            }
            if (scaled && -0.5 * slope <= FLAT * Math.abs(f)) {
                return new Result(x, f, g, iteration, evaluations, true, "no decrease possible beyond rounding");
            }
            double firstStep = iteration == 0 ? Math.min(1.0, 1.0 / Math.sqrt(dot(g, g))) : 1.0;
            Step step = lineSearch(x, f, g, p, slope, firstStep);
            if (step == null) {
                if (!resetOnce) {
                    resetOnce = true;
                    h = identity(1.0);
                    scaled = false;
                    continue;
                }
                return new Result(x, f, g, iteration, evaluations, false, "line search found no decrease");
            }
            resetOnce = false;
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = step.x[i] - x[i];
                y[i] = step.g[i] - g[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-300) {
                if (!scaled) {
                    h = identity(sy / dot(y, y));
                    scaled = true;
                }
                update(h, s, y, sy);
            }
            x = step.x;
            g = step.g;
            f = step.f;
        }
        return new Result(x, f, g, maxIterations, evaluations, maxAbs(g) <= gtol, "iteration limit reached");
    }

    /** A point the line search accepted: position, value and gradient. */
    private record Step(double[] x, double f, double[] g, double slope) {}

    private Step lineSearch(double[] x, double f0, double[] g0, double[] p, double slope0, double firstStep) {
        double previousAlpha = 0;
        Step previous = new Step(x, f0, g0, slope0);
        double alpha = firstStep;
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            Step trial = at(x, p, alpha);
            if (!Double.isFinite(trial.f) || trial.f > f0 + C1 * alpha * slope0 || (i > 0 && trial.f >= previous.f)) {
                return zoom(x, p, f0, slope0, previousAlpha, previous, alpha, trial);
            }
            if (Math.abs(trial.slope) <= -C2 * slope0) {
                return trial;
            }
            if (trial.slope >= 0) {
                return zoom(x, p, f0, slope0, alpha, trial, previousAlpha, previous);
            }
            previousAlpha = alpha;
            previous = trial;
            alpha *= 2;
        }
        return previous.f < f0 ? previous : null;
    }

    private Step zoom(double[] x, double[] p, double f0, double slope0, double lo, Step atLo, double hi, Step atHi) {
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            double alpha = interpolate(lo, atLo, hi, atHi);
            if (alpha == lo || alpha == hi) {
                break;
            }
            Step trial = at(x, p, alpha);
            if (!Double.isFinite(trial.f) || trial.f > f0 + C1 * alpha * slope0 || trial.f >= atLo.f) {
                hi = alpha;
                atHi = trial;
            } else {
                if (Math.abs(trial.slope) <= -C2 * slope0) {
                    return trial;
                }
                if (trial.slope * (hi - lo) >= 0) {
                    hi = lo;
                    atHi = atLo;
                }
                lo = alpha;
                atLo = trial;
            }
        }
        return lo > 0 && atLo.f < f0 ? atLo : null;
    }

    /** Minimiser of the cubic through both ends, kept inside the middle 80 % of the bracket. */
    private static double interpolate(double lo, Step atLo, double hi, Step atHi) {
        double low = Math.min(lo, hi);
        double width = Math.abs(hi - lo);
        double alpha = Double.NaN;
        if (Double.isFinite(atHi.f) && Double.isFinite(atHi.slope)) {
            double d1 = atLo.slope + atHi.slope - 3 * (atLo.f - atHi.f) / (lo - hi);
            double radicand = d1 * d1 - atLo.slope * atHi.slope;
            if (radicand >= 0) {
                double d2 = Math.signum(hi - lo) * Math.sqrt(radicand);
                alpha = hi - (hi - lo) * (atHi.slope + d2 - d1) / (atHi.slope - atLo.slope + 2 * d2);
            }
        }
        if (!Double.isFinite(alpha) || alpha < low + 0.1 * width || alpha > low + 0.9 * width) {
            alpha = 0.5 * (lo + hi);
        }
        return alpha;
    }

    private Step at(double[] x, double[] p, double alpha) {
        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = x[i] + alpha * p[i];
        }
        double[] gradient = new double[n];
        double f = evaluate(point, gradient);
        double slope = allFinite(gradient) ? dot(gradient, p) : Double.NaN;
        return new Step(point, Double.isNaN(f) ? Double.POSITIVE_INFINITY : f, gradient, slope);
    }

    private double evaluate(double[] x, double[] gradient) {
        evaluations++;
        return function.valueAndGradient(x, gradient);
    }

    private double[] direction(double[][] h, double[] g) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = -dot(h[i], g);
        }
        return p;
    }

    /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / yᵀs. */
    private void update(double[][] h, double[] s, double[] y, double sy) {
        double rho = 1.0 / sy;
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) {
            hy[i] = dot(h[i], y);
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private double[][] identity(double scale) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = scale;
        }
        return h;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElse(0);
    }

    private static boolean allFinite(double[] v) {
        return Arrays.stream(v).allMatch(Double::isFinite);
    }
}
