package org.crmkit.value.btyd;

import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import org.crmkit.value.btyd.internal.ChunkedSums;

/**
 * The MBG/NBD objective as {@code lifetimes}' ModifiedBetaGeoFitter minimises it, over ln(r, α, a,
 * b) with α in scaled time (see {@link HistoryRows}). Per customer ℓ = A₁ + A₂ + A₃ + softplus(d)
 * with A₁ = ln Γ(r+x) − ln Γ(r) + r ln α, A₂ = ln Γ(a+b) + ln Γ(b+x+1) − ln Γ(b) − ln Γ(a+b+x+1),
 * A₃ = −(r+x) ln(α+T) and d = ln a − ln(b+x) + (r+x)(ln(α+T) − ln(α+t_x)); unlike BG/NBD the
 * softplus term is there for customers without repeats too. Gamma terms are computed once per
 * distinct x; the rest runs per distinct history in fixed chunks.
 */
final class MbgNbdLikelihood extends LogParameterObjective {

    private static final int SUMS = 5;

    private final HistoryRows rows;
    private final boolean parallel;

    MbgNbdLikelihood(HistoryRows rows, double penalizer, boolean parallel) {
        super(4, penalizer, rows.totalWeight);
        this.rows = rows;
        this.parallel = parallel;
    }

    @Override
    double logLikelihood(double[] p, double[] dll) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        int nx = rows.xValues.length;
        double[] perX = new double[nx];
        double[] drX = new double[nx];
        double[] daX = new double[nx];
        double[] dbX = new double[nx];
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
            double psiABX = digamma(a + b + x + 1);
            perX[k] = logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x + 1) - lgB - logGamma(a + b + x + 1);
            drX[k] = digamma(r + x) - psiR + logAlpha;
            daX[k] = psiAB - psiABX;
            dbX[k] = psiAB + digamma(b + x + 1) - psiB - psiABX;
        }
        double[] s = ChunkedSums.sum(rows.rows(), SUMS, parallel, (from, to, sums) -> {
            double ll = 0;
            double sr = 0;
            double salpha = 0;
            double sa = 0;
            double sb = 0;
            for (int i = from; i < to; i++) {
                int k = rows.xOfRow[i];
                int x = rows.x[i];
                double w = rows.weight[i];
                double rx = r + x;
                double logAge = Math.log(alpha + rows.age[i]);
                double logRecency = Math.log(alpha + rows.tx[i]);
                double d = logA - Math.log(b + x) + rx * (logAge - logRecency);
                double e = Math.exp(-Math.abs(d));
                double onePlus = 1.0 + e;
                double sigma = d >= 0 ? 1.0 / onePlus : e / onePlus;
                ll += w * (perX[k] - rx * logAge + Math.max(d, 0) + Math.log(onePlus));
                sr += w * (drX[k] - logAge + sigma * (logAge - logRecency));
                salpha += w * (r / alpha - rx / (alpha + rows.age[i])
                        + sigma * rx * (1 / (alpha + rows.age[i]) - 1 / (alpha + rows.tx[i])));
                sa += w * (daX[k] + sigma / a);
                sb += w * (dbX[k] - sigma / (b + x));
            }
            sums[0] += ll;
            sums[1] += sr;
            sums[2] += salpha;
            sums[3] += sa;
            sums[4] += sb;
        });
        dll[0] = s[1];
        dll[1] = s[2];
        dll[2] = s[3];
        dll[3] = s[4];
        return s[0];
    }
}
