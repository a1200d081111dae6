package org.crmkit.value.btyd.internal;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) together with its partial derivatives in a, b,
 * c and z, for positive a, b, c and 0 ≤ z &lt; 1, as the Pareto/NBD likelihood and its analytic
 * gradient need them. With t_k the k-th term of the power series, ∂t_k/∂a = t_k Σ_{j&lt;k} 1/(a+j)
 * (likewise b, and minus for c) and ∂₂F₁/∂z = Σ k t_k / z, so all five sums run in one pass. Every
 * term is positive, so there is no cancellation; the series stops when the next term of both the
 * value and the z-derivative is below 1e-17 of their sums scaled by (1 − z), which bounds the
 * geometric tail. Near z = 1 the terms decay slowly (about (1 − z)⁻¹ terms are needed), hence
 * the {@value Hypergeometric#MAX_TERMS}-term limit.
 */
public final class HypergeometricGradient {

    private HypergeometricGradient() {}

    /**
     * Writes ₂F₁, ∂/∂a, ∂/∂b, ∂/∂c and ∂/∂z into {@code out[0..4]}.
     *
     * @throws ArithmeticException if a, b or c is not positive, z is outside [0, 1), or the series
     *     needs more than {@value Hypergeometric#MAX_TERMS} terms
     */
    public static void of(double a, double b, double c, double z, double[] out) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1) || !Double.isFinite(a + b + c)) {
            throw new ArithmeticException("2F1 with derivatives needs a, b, c > 0 and 0 <= z < 1 but had 2F1(" + a + ", " + b
                    + "; " + c + "; " + z + ")");
        }
        double tolerance = 1e-17 * (1 - z);
        double f = 1;
        double fa = 0;
        double fb = 0;
        double fc = 0;
        double fz = 0;
        double la = 0;
        double lb = 0;
        double lc = 0;
        double u = a * b / c;
        for (int k = 1; k < Hypergeometric.MAX_TERMS; k++) {
            if (k > 1) {
                u *= (a + k - 1) * (b + k - 1) / ((c + k - 1) * k) * z;
            }
            double term = u * z;
            la += 1 / (a + k - 1);
            lb += 1 / (b + k - 1);
            lc -= 1 / (c + k - 1);
            f += term;
            fa += term * la;
            fb += term * lb;
            fc += term * lc;
            fz += k * u;
            boolean shrinking = (a + k) * (b + k) / ((c + k) * (k + 1)) * z < 1;
            if (u == 0 || shrinking && term <= tolerance * f && k * u <= tolerance * fz
                    && term * la <= tolerance * fa && term * lb <= tolerance * fb) {
                out[0] = f;
                out[1] = fa;
                out[2] = fb;
                out[3] = fc;
                out[4] = fz;
                return;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + Hypergeometric.MAX_TERMS + " terms");
    }
}
