package org.crmkit.value.btyd;

import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import org.crmkit.value.btyd.internal.ChunkedSums;
import org.crmkit.value.btyd.internal.DifferentiableFunction;
import org.crmkit.value.btyd.internal.SpecialFunctions;

/**
 * The BG/NBD objective exactly as {@code lifetimes}' BetaGeoFitter minimises it: over the
 * log-parameters θ = ln(r, α, a, b) with α in scaled time (see {@link BgNbdRows}),
 * f(θ) = −Σ w·ℓ / Σ w + penalizer · (r² + α² + a² + b²), with the analytic gradient.
 *
 * <p>Per customer, ℓ = A₁ + A₂ + ln(e^{A₃} + [x > 0] e^{A₄}) with A₁ = ln Γ(r+x) − ln Γ(r) + r ln α,
 * A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x), A₃ = −(r+x) ln(α+T), A₄ = ln a − ln(b+x−1) −
 * (r+x) ln(α+t_x) (Fader, Hardie and Lee 2005, eq. 6). The last term is A₃ + softplus(A₄ − A₃),
 * so it never overflows (ln(1 + e^−|d|) is taken as a plain logarithm: its absolute error, about
 * 1e-16, is far below what the sum over customers can resolve). Terms that depend only on x or
 * only on T are summed per distinct value; only the softplus runs per distinct repeat-buyer row,
 * in fixed chunks on the common pool.
 */
final class BgNbdLikelihood implements DifferentiableFunction {

    private static final int SUMS = 5;

    private final BgNbdRows rows;
    private final double penalizer;
    private final boolean parallel;

    BgNbdLikelihood(BgNbdRows rows, double penalizer, boolean parallel) {
        this.rows = rows;
        this.penalizer = penalizer;
        this.parallel = parallel;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double[] p = {Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3])};
        if (!ParameterGuard.usable(p, gradient)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] dll = new double[4];
        double ll = logLikelihood(p[0], p[1], p[2], p[3], dll);
        double w = rows.totalWeight;
        double penalty = 0;
        for (int i = 0; i < 4; i++) {
            penalty += p[i] * p[i];
            gradient[i] = -dll[i] * p[i] / w + 2 * penalizer * p[i] * p[i];
        }
        return -ll / w + penalizer * penalty;
    }

    /**
     * Σ w·ℓ at the given parameters (α in scaled time), writing ∂/∂(r, α, a, b) into {@code dll}.
     */
    double logLikelihood(double r, double alpha, double a, double b, double[] dll) {
        int nx = rows.xValues.length;
        double[] rx = new double[nx];
        double[] offset = new double[nx];
        double[] inverseB = new double[nx];
        double perX = 0;
        double dr = 0;
        double da = 0;
        double db = 0;
        double lgR = logGamma(r);
        double lgAB = logGamma(a + b);
        double lgB = logGamma(b);
        double psiR = digamma(r);
        double psiAB = digamma(a + b);
        double psiB = digamma(b);
        double logAlpha = Math.log(alpha);
        double logA = Math.log(a);
        for (int k = 0; k < nx; k++) {
            int x = rows.xValues[k];
            double w = rows.xWeights[k];
            rx[k] = r + x;
            if (x == 0) {
                perX += w * r * logAlpha;
                dr += w * logAlpha;
                continue;
            }
            perX += w * (logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x));
            double psiABX = digamma(a + b + x);
            dr += w * (digamma(r + x) - psiR + logAlpha);
            da += w * (psiAB - psiABX);
            db += w * (psiAB + digamma(b + x) - psiB - psiABX);
            inverseB[k] = 1.0 / (b + x - 1);
            offset[k] = logA - Math.log(b + x - 1);
        }
        double[] logAge = new double[rows.ageValues.length];
        double[] invAge = new double[rows.ageValues.length];
        fill(rows.ageValues, alpha, logAge, invAge);
        double[] logRecency = new double[rows.recencyValues.length];
        double[] invRecency = new double[rows.recencyValues.length];
        fill(rows.recencyValues, alpha, logRecency, invRecency);
        double perAge = 0;
        double dAlpha = rows.totalWeight * r / alpha;
        for (int k = 0; k < logAge.length; k++) {
            double exponent = r * rows.ageWeights[k] + rows.ageRepeats[k];
            perAge -= exponent * logAge[k];
            dr -= rows.ageWeights[k] * logAge[k];
            dAlpha -= exponent * invAge[k];
        }
        double[] s = ChunkedSums.sum(rows.rows(), SUMS, parallel, (from, to, sums) -> {
            double softplus = 0;
            double sr = 0;
            double salpha = 0;
            double sa = 0;
            double sb = 0;
            for (int i = from; i < to; i++) {
                int k = rows.rowX[i];
                int t = rows.rowRecency[i];
                int age = rows.rowAge[i];
                double w = rows.rowWeight[i];
                double d = offset[k] - rx[k] * (logRecency[t] - logAge[age]);
                double e = Math.exp(-Math.abs(d));
                double onePlus = 1.0 + e;
                softplus += w * (Math.max(d, 0) + Math.log(onePlus));
                double ws = w * (d >= 0 ? 1.0 / onePlus : e / onePlus);
                sr += ws * (logAge[age] - logRecency[t]);
                salpha += ws * rx[k] * (invAge[age] - invRecency[t]);
                sa += ws;
                sb += ws * inverseB[k];
            }
            sums[0] += softplus;
            sums[1] += sr;
            sums[2] += salpha;
            sums[3] += sa;
            sums[4] += sb;
        });
        dll[0] = dr + s[1];
        dll[1] = dAlpha + s[2];
        dll[2] = da + s[3] / a;
        dll[3] = db - s[4];
        return perX + perAge + s[0];
    }

    private void fill(double[] times, double alpha, double[] logs, double[] inverses) {
        ChunkedSums.forEach(times.length, parallel, (from, to) -> {
            for (int i = from; i < to; i++) {
                double v = alpha + times[i];
                logs[i] = Math.log(v);
                inverses[i] = 1.0 / v;
            }
        });
    }
}
