package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

/**
 * A fitted (or assumed) BG/BB model of repeat transactions in discrete time (Fader, Hardie and
 * Shang 2010, "Customer-base analysis in a discrete-time noncontractual setting"): at each of n
 * transaction opportunities after the first (a yearly appeal, an event, a weekly issue) an alive
 * customer transacts with probability p ~ Beta(α, β), and before each opportunity drops out for good
 * with probability θ ~ Beta(γ, δ). A history is x transactions, the last at opportunity t_x
 * (0 when x = 0), out of n opportunities.
 *
 * <p>Formulas (equations of the paper): the likelihood
 * L = B(α+x, β+n−x)/B(α, β)·B(γ, δ+n)/B(γ, δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α, β)·B(γ+1, δ+t_x+i)/B(γ, δ),
 * summed in logarithms; P(alive at opportunity n+m | history) = B(α+x, β+n−x)/B(α, β)·B(γ, δ+n+m)/B(γ, δ) / L;
 * expected transactions in the next n* opportunities = B(α+x+1, β+n−x)/B(α, β)/L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ, δ),
 * the finite sum over future opportunities of P(alive) there, which equals the paper's closed form
 * δ/(γ−1)·Γ(γ+δ)/Γ(1+δ)·[Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)] but has no removable
 * singularity at γ = 1.
 *
 * @param alpha first shape of the transaction-probability distribution
 * @param beta  second shape of the transaction-probability distribution
 * @param gamma first shape of the dropout-probability distribution
 * @param delta second shape of the dropout-probability distribution
 * @since 0.2
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta) {

    /** Checks that every parameter is finite and positive. */
    public BgBbModel {
        checkArgument(alpha > 0 && Double.isFinite(alpha), "alpha must be finite and > 0 but was %s", alpha);
        checkArgument(beta > 0 && Double.isFinite(beta), "beta must be finite and > 0 but was %s", beta);
        checkArgument(gamma > 0 && Double.isFinite(gamma), "gamma must be finite and > 0 but was %s", gamma);
        checkArgument(delta > 0 && Double.isFinite(delta), "delta must be finite and > 0 but was %s", delta);
    }

    /** The model with the given parameters. */
    public static BgBbModel of(double alpha, double beta, double gamma, double delta) {
        return new BgBbModel(alpha, beta, gamma, delta);
    }

    /**
     * The log-likelihood of one history.
     *
     * @throws IllegalArgumentException if the history is inconsistent (see {@link BgBbFitter#fit})
     */
    public double logLikelihood(int x, int tx, int n) {
        checkHistory(x, tx, n);
        return BgBbLikelihood.logLikelihood(alpha, beta, gamma, delta, x, tx, n, 1, null);
    }

    /**
     * P(alive at opportunity n + m | x, t_x, n): the probability that the customer is still alive
     * at the m-th opportunity after the observed ones (m ≥ 0; m = 1 is the paper's P(alive at n+1)).
     */
    public double probabilityAlive(int m, int x, int tx, int n) {
        checkHistory(x, tx, n);
        checkArgument(m >= 0, "m must be >= 0 but was %s", m);
        double alive = logBeta(alpha + x, beta + n - x) - logBeta(alpha, beta) + logBeta(gamma, delta + n + m)
                - logBeta(gamma, delta);
        return Math.min(1.0, Math.exp(alive - logLikelihood(x, tx, n)));
    }

    /** Expected transactions in the next {@code future} opportunities of a customer with history (x, t_x, n). */
    public double expectedTransactions(int future, int x, int tx, int n) {
        checkHistory(x, tx, n);
        checkArgument(future >= 0, "future opportunities must be >= 0 but was %s", future);
        double purchase = logBeta(alpha + x + 1, beta + n - x) - logBeta(alpha, beta) - logLikelihood(x, tx, n);
        return Math.exp(purchase) * aliveSum(n + 1, n + future);
    }

    /** E[X(n)]: expected transactions of a new customer in the first n opportunities, α/(α+β)·Σ_{t=1}^{n} P(alive at t). */
    public double expectedTransactions(int n) {
        checkArgument(n >= 0, "n must be >= 0 but was %s", n);
        return alpha / (alpha + beta) * aliveSum(1, n);
    }

    /** P(X(n) = x): the probability that a new customer makes exactly x transactions in n opportunities. */
    public double probabilityOfTransactions(int x, int n) {
        checkArgument(n >= 0 && x >= 0, "need n >= 0 and x >= 0 but had n %s, x %s", n, x);
        if (x > n) {
            return 0.0;
        }
        double lbab = logBeta(alpha, beta);
        double lbgd = logBeta(gamma, delta);
        double sum = Math.exp(logChoose(n, x) + logBeta(alpha + x, beta + n - x) - lbab + logBeta(gamma, delta + n) - lbgd);
        for (int i = x; i < n; i++) {
            sum += Math.exp(logChoose(i, x) + logBeta(alpha + x, beta + i - x) - lbab + logBeta(gamma + 1, delta + i) - lbgd);
        }
        return sum;
    }

    /** Σ_{t=from}^{to} P(alive at t) = Σ B(γ, δ+t)/B(γ, δ), by the ratio (δ+t)/(γ+δ+t) of successive terms. */
    private double aliveSum(int from, int to) {
        if (to < from) {
            return 0.0;
        }
        double term = Math.exp(logBeta(gamma, delta + from) - logBeta(gamma, delta));
        double sum = 0;
        for (int t = from; t <= to; t++) {
            sum += term;
            term *= (delta + t) / (gamma + delta + t);
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    static void checkHistory(int x, int tx, int n) {
        checkArgument(x >= 0 && tx >= 0 && n >= 0, "frequency, recency and periods must be >= 0 but were %s, %s, %s", x, tx, n);
        checkArgument(x <= tx && tx <= n, "need frequency <= recency <= periods but had %s, %s, %s", x, tx, n);
        checkArgument(x > 0 || tx == 0, "recency must be 0 when frequency is 0 but was %s", tx);
    }
}
