package org.crmkit.value.btyd;

import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import org.crmkit.value.btyd.internal.HypergeometricGradient;

/**
 * The Pareto/NBD likelihood of one history, its gradient and P(alive), in the formulation of
 * Fader, Hardie and Lee (2005), "A note on deriving the Pareto/NBD model and related expressions":
 *
 * <p>L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^{−(r+x)} (β+T)^{−s} + s/(r+s+x) · A₀ ], with, for α ≥ β,
 * A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^{r+s+x} − (the same at T), and for α &lt; β,
 * A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t_x)) / (β+t_x)^{r+s+x} − (the same at T).
 *
 * <p>Numerical choices. The switch on max(α, β) keeps the argument z = |α−β| / (max(α, β) + t)
 * in [0, 1), where the series converges with positive terms only (no cancellation inside ₂F₁).
 * Everything is taken in logarithms: the bracket is factored by e^m with m the larger of the log
 * of its first term and the log of the ₂F₁ term at t_x, so no power of (α+T) overflows or
 * underflows however many purchases a customer made. The two ₂F₁ terms of A₀ are subtracted after
 * that scaling; they nearly cancel only when t_x is close to T, and then the first term of the
 * bracket dominates, so the cancellation costs no relative accuracy of L. The series and its
 * derivatives in a, b, c and z come from {@link HypergeometricGradient}; the gradient of ln L
 * follows by the chain rule (z, the powers and the max(α, β) switch are differentiated on the
 * branch taken; both branches are the same analytic function, so the gradient is continuous at
 * α = β). The series needs about 1/(1 − z) terms, so it slows down only when one of α, β is
 * thousands of times the other.
 */
final class ParetoNbdTerms {

    private ParetoNbdTerms() {}

    /**
     * ln L of history (x, t_x, T) at (r, α, s, β); if {@code dll} is not null, adds
     * {@code weight} × the gradient in (r, α, s, β) into it; if {@code alive} is not null, writes
     * P(alive) into {@code alive[0]}. {@code logGammaTerm} is ln Γ(r+x) − ln Γ(r) and {@code
     * digammaTerm} ψ(r+x) − ψ(r) (the caller caches them per distinct x).
     */
    static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double age,
            double logGammaTerm, double digammaTerm, double weight, double[] dll, double[] alive, double[] series) {
        double rx = r + x;
        double a = rx + s;
        double logAlphaT = Math.log(alpha + age);
        double logBetaT = Math.log(beta + age);
        double l1 = -rx * logAlphaT - s * logBetaT;
        boolean alphaMax = alpha >= beta;
        double big = alphaMax ? alpha : beta;
        double small = alphaMax ? beta : alpha;
        double b = alphaMax ? s + 1 : rx;
        double logBigTx = Math.log(big + tx);
        double logBigT = Math.log(big + age);
        double z1 = (big - small) / (big + tx);
        double z2 = (big - small) / (big + age);
        HypergeometricGradient.of(a, b, a + 1, z1, series);
        double f1 = series[0];
        double f1a = series[1] + series[3];
        double f1b = series[2];
        double f1z = series[4];
        HypergeometricGradient.of(a, b, a + 1, z2, series);
        double f2 = series[0];
        double f2a = series[1] + series[3];
        double f2b = series[2];
        double f2z = series[4];
        double lg1 = Math.log(f1) - a * logBigTx;
        double lg2 = Math.log(f2) - a * logBigT;
        double m = Math.max(l1, lg1);
        double e1 = Math.exp(l1 - m);
        double g1 = Math.exp(lg1 - m);
        double g2 = Math.exp(lg2 - m);
        double k = s / a;
        double inside = e1 + k * (g1 - g2);
        if (alive != null) {
            alive[0] = Math.min(1.0, e1 / inside);
        }
        double ll = logGammaTerm + r * Math.log(alpha) + s * Math.log(beta) + m + Math.log(inside);
        if (dll == null) {
            return ll;
        }
        // d ln G(t) / d(r, α, s, β) for G(t) = F(a, b; a+1; z(t)) (big+t)^−a, at t = t_x (1) and t = T (2)
        double[] d1 = new double[4];
        double[] d2 = new double[4];
        logGDerivatives(f1, f1a, f1b, f1z, a, alphaMax, alpha, beta, tx, logBigTx, d1);
        logGDerivatives(f2, f2a, f2b, f2z, a, alphaMax, alpha, beta, age, logBigT, d2);
        double[] dl1 = {-logAlphaT, -rx / (alpha + age), -logBetaT, -s / (beta + age)};
        double[] dk = {-s / (a * a), 0, rx / (a * a), 0};
        double[] base = {digammaTerm + Math.log(alpha), r / alpha, Math.log(beta), s / beta};
        for (int i = 0; i < 4; i++) {
            double dInside = e1 * dl1[i] + dk[i] * (g1 - g2) + k * (g1 * d1[i] - g2 * d2[i]);
            dll[i] += weight * (base[i] + dInside / inside);
        }
        return ll;
    }

    private static void logGDerivatives(double f, double fac, double fb, double fz, double a, boolean alphaMax, double alpha,
            double beta, double t, double logBig, double[] out) {
        double big = alphaMax ? alpha : beta;
        // a (= c − 1) moves with r and s; b is s + 1 (α ≥ β) or r + x (α < β)
        double dr = (fac + (alphaMax ? 0 : fb)) / f - logBig;
        double ds = (fac + (alphaMax ? fb : 0)) / f - logBig;
        double small = alphaMax ? beta : alpha;
        double dzBig = (small + t) / ((big + t) * (big + t));
        double dzSmall = -1 / (big + t);
        double dBig = fz / f * dzBig - a / (big + t);
        double dSmall = fz / f * dzSmall;
        out[0] = dr;
        out[2] = ds;
        out[1] = alphaMax ? dBig : dSmall;
        out[3] = alphaMax ? dSmall : dBig;
    }

    /** ln Γ(r+x) − ln Γ(r). */
    static double logGammaTerm(double r, int x) {
        return x == 0 ? 0 : logGamma(r + x) - logGamma(r);
    }

    /** ψ(r+x) − ψ(r). */
    static double digammaTerm(double r, int x) {
        return x == 0 ? 0 : digamma(r + x) - digamma(r);
    }
}
