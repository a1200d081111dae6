package org.crmkit.value.btyd;

import static org.crmkit.value.btyd.internal.SpecialFunctions.digamma;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;

/**
 * The BG/BB objective over ln(α, β, γ, δ) (no time scale: opportunities are counts), and the
 * per-history log-likelihood with its analytic gradient: ln L is a log-sum-exp of the 1 + n − t_x
 * terms of {@link BgBbModel}'s likelihood, and its gradient the softmax-weighted sum of the terms'
 * gradients, each a difference of digammas (∂ ln B(p, q)/∂p = ψ(p) − ψ(p+q)).
 */
final class BgBbLikelihood extends LogParameterObjective {

    private final int[] x;
    private final int[] tx;
    private final int[] n;
    private final double[] weights;

    BgBbLikelihood(int[] x, int[] tx, int[] n, double[] weights, double totalWeight, double penalizer) {
        super(4, penalizer, totalWeight);
        this.x = x;
        this.tx = tx;
        this.n = n;
        this.weights = weights;
    }

    @Override
    double logLikelihood(double[] p, double[] dll) {
        double ll = 0;
        for (int i = 0; i < x.length; i++) {
            ll += weights[i] * logLikelihood(p[0], p[1], p[2], p[3], x[i], tx[i], n[i], weights[i], dll);
        }
        return ll;
    }

    /** ln L of one history; adds {@code weight} × its gradient into {@code dll} unless null. */
    static double logLikelihood(double alpha, double beta, double gamma, double delta, int x, int tx, int n, double weight,
            double[] dll) {
        int terms = n - tx + 1;
        double[] logs = new double[terms];
        double lbab = logBeta(alpha, beta);
        double lbgd = logBeta(gamma, delta);
        logs[0] = logBeta(alpha + x, beta + n - x) - lbab + logBeta(gamma, delta + n) - lbgd;
        double max = logs[0];
        for (int i = 0; i < terms - 1; i++) {
            logs[i + 1] = logBeta(alpha + x, beta + tx - x + i) - lbab + logBeta(gamma + 1, delta + tx + i) - lbgd;
            max = Math.max(max, logs[i + 1]);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        double ll = max + Math.log(sum);
        if (dll == null) {
            return ll;
        }
        double psiAB = digamma(alpha + beta);
        double psiGD = digamma(gamma + delta);
        double baseA = -digamma(alpha) + psiAB;
        double baseB = -digamma(beta) + psiAB;
        double baseG = -digamma(gamma) + psiGD;
        double baseD = -digamma(delta) + psiGD;
        double psiAX = digamma(alpha + x);
        for (int j = 0; j < terms; j++) {
            double share = weight * Math.exp(logs[j] - ll);
            double q = j == 0 ? beta + n - x : beta + tx - x + (j - 1);
            double g = j == 0 ? gamma : gamma + 1;
            double v = j == 0 ? delta + n : delta + tx + (j - 1);
            double psiAQ = digamma(alpha + x + q);
            double psiGV = digamma(g + v);
            dll[0] += share * (psiAX - psiAQ + baseA);
            dll[1] += share * (digamma(q) - psiAQ + baseB);
            dll[2] += share * (digamma(g) - psiGV + baseG);
            dll[3] += share * (digamma(v) - psiGV + baseD);
        }
        return ll;
    }
}
