package org.crmkit.value.btyd;

import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import java.util.Arrays;
import org.crmkit.value.btyd.internal.ChunkedSums;
import org.crmkit.value.btyd.internal.DifferentiableFunction;
import org.crmkit.value.btyd.internal.LongIntMap;
import org.crmkit.value.btyd.internal.SpecialFunctions;

/**
 * The Gamma-Gamma objective as {@code lifetimes}' GammaGammaFitter minimises it: over θ = ln(p, q,
 * v), f(θ) = −Σ w·ℓ / Σ w + penalizer · (p² + q² + v²), with ℓ as in {@link
 * GammaGammaModel#logLikelihood} and its analytic gradient. Terms in x alone are computed once
 * per distinct frequency; one logarithm runs per customer, in fixed chunks on the common pool.
 */
final class GammaGammaLikelihood implements DifferentiableFunction {

    private final int[] xValues;
    private final double[] xWeights;
    /** Each customer's frequency, read as a double where used (exactly: an int converts without rounding). */
    private final int[] x;
    private final double[] m;
    private final double[] logM;
    private final double[] w;
    private final double totalWeight;
    private final double penalizer;
    private final boolean parallel;
    /** Whether every weight is 1 (customers, not weighted rows). */
    private final boolean unitWeights;

    GammaGammaLikelihood(int[] frequency, double[] monetary, double[] weights, double penalizer, boolean parallel) {
        int n = frequency.length;
        LongIntMap distinct = new LongIntMap(64);
        x = frequency;
        m = monetary;
        logM = new double[n];
        w = weights;
        double[] perX = new double[64];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int k = distinct.indexOf(frequency[i]);
            if (k >= perX.length) {
                perX = Arrays.copyOf(perX, perX.length * 2);
            }
            perX[k] += weights[i];
            logM[i] = Math.log(monetary[i]);
            total += weights[i];
        }
        long[] keys = distinct.keysInOrder();
        xValues = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            xValues[k] = (int) keys[k];
        }
        xWeights = Arrays.copyOf(perX, keys.length);
        totalWeight = total;
        this.penalizer = penalizer;
        this.parallel = parallel;
        boolean unit = true;
        for (int i = 0; i < n && unit; i++) {
            unit = weights[i] == 1.0;
        }
        unitWeights = unit;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double[] par = {Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2])};
        if (!ParameterGuard.usable(par, gradient)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] dll = new double[3];
        double ll = logLikelihood(par[0], par[1], par[2], dll);
        double penalty = 0;
        for (int i = 0; i < 3; i++) {
            penalty += par[i] * par[i];
            gradient[i] = -dll[i] * par[i] / totalWeight + 2 * penalizer * par[i] * par[i];
        }
        return -ll / totalWeight + penalizer * penalty;
    }

    /** Σ w·ℓ at (p, q, v), writing ∂/∂(p, q, v) into {@code dll}. */
    double logLikelihood(double p, double q, double v, double[] dll) {
        double perX = 0;
        double dp = 0;
        double dq = 0;
        for (int k = 0; k < xValues.length; k++) {
            double xv = xValues[k];
            double px = p * xv;
            double psiPxQ = digamma(px + q);
            perX += xWeights[k] * (logGamma(px + q) - logGamma(px) + px * Math.log(xv));
            dp += xWeights[k] * xv * (psiPxQ - digamma(px) + Math.log(xv));
            dq += xWeights[k] * psiPxQ;
        }
        double logV = Math.log(v);
        double perCustomer = -totalWeight * (logGamma(q) - q * logV);
        dq += totalWeight * (logV - digamma(q));
        double[] s = unitWeights ? unitWeightSums(p, q, v) : ChunkedSums.sum(x.length, 4, parallel, (from, to, sums) -> {
            double ll = 0;
            double sp = 0;
            double sq = 0;
            double sv = 0;
            for (int i = from; i < to; i++) {
                double px = p * x[i];
                double denominator = x[i] * m[i] + v;
                double logD = Math.log(denominator);
                ll += w[i] * ((px - 1) * logM[i] - (px + q) * logD);
                sp += w[i] * x[i] * (logM[i] - logD);
                sq += w[i] * logD;
                sv += w[i] * (px + q) / denominator;
            }
            sums[0] += ll;
            sums[1] += sp;
            sums[2] += sq;
            sums[3] += sv;
        });
        dll[0] = dp + s[1];
        dll[1] = dq - s[2];
        dll[2] = totalWeight * q / v - s[3];
        return perX + perCustomer + s[0];
    }

    /**
     * The per-customer sums of {@link #logLikelihood} when every weight is 1: the same terms without the multiplications
     * by the weight, which are exact there (1 · y = y), so the same sums to the last bit for less work per customer.
     */
    private double[] unitWeightSums(double p, double q, double v) {
        return ChunkedSums.sum(x.length, 4, parallel, (from, to, sums) -> {
            double ll = 0;
            double sp = 0;
            double sq = 0;
            double sv = 0;
            for (int i = from; i < to; i++) {
                double px = p * x[i];
                double denominator = x[i] * m[i] + v;
                double logD = Math.log(denominator);
                ll += (px - 1) * logM[i] - (px + q) * logD;
                sp += x[i] * (logM[i] - logD);
                sq += logD;
                sv += (px + q) / denominator;
            }
            sums[0] += ll;
            sums[1] += sp;
            sums[2] += sq;
            sums[3] += sv;
        });
    }
}
