package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;

import org.crmkit.value.btyd.internal.Hypergeometric;

/**
 * A fitted (or assumed) shifted-beta-geometric (sBG) model of retention in a contractual setting
 * (Fader and Hardie 2007, "How to project customer retention"): at the end of each period a
 * customer renews with probability 1 − θ, with θ ~ Beta(α, β) across customers, so the cohort's
 * retention rate rises over time as the customers likely to cancel leave first. Periods are
 * counted from the acquisition at period 0.
 *
 * <p>Formulas: P(T = t) = B(α+1, β+t−1)/B(α, β), survival S(t) = B(α, β+t)/B(α, β), retention rate
 * r_t = S(t)/S(t−1) = (β+t−1)/(α+β+t−1); discounted expected residual lifetime (Fader and Hardie
 * 2010, "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity")
 * of a customer who has made n − 1 renewals, DERL = Σ_{t≥n} S(t)/S(n−1)/(1+d)^{t−n}
 * = (β+n−1)/(α+β+n−1)·₂F₁(1, β+n; α+β+n; 1/(1+d)), the hypergeometric series summed directly
 * (all its terms are positive and fall at least as fast as (1+d)^−k).
 *
 * @param alpha first shape of the churn-probability distribution
 * @param beta  second shape of the churn-probability distribution
 * @since 0.2
 */
public record ShiftedBetaGeometricModel(double alpha, double beta) {

    /** Checks that both parameters are finite and positive. */
    public ShiftedBetaGeometricModel {
        checkArgument(alpha > 0 && Double.isFinite(alpha), "alpha must be finite and > 0 but was %s", alpha);
        checkArgument(beta > 0 && Double.isFinite(beta), "beta must be finite and > 0 but was %s", beta);
    }

    /** The model with the given parameters. */
    public static ShiftedBetaGeometricModel of(double alpha, double beta) {
        return new ShiftedBetaGeometricModel(alpha, beta);
    }

    /** P(T = t), t ≥ 1: the probability that a new customer cancels at the end of period t. */
    public double churnProbability(int t) {
        checkArgument(t >= 1, "t must be >= 1 but was %s", t);
        return Math.exp(logBeta(alpha + 1, beta + t - 1) - logBeta(alpha, beta));
    }

    /** S(t), t ≥ 0: the share of a cohort still a customer after t periods (S(0) = 1). */
    public double survival(int t) {
        checkArgument(t >= 0, "t must be >= 0 but was %s", t);
        return t == 0 ? 1.0 : Math.exp(logBeta(alpha, beta + t) - logBeta(alpha, beta));
    }

    /** r_t = (β+t−1)/(α+β+t−1), t ≥ 1: the share of customers alive at period t − 1 who renew at t. */
    public double retentionRate(int t) {
        checkArgument(t >= 1, "t must be >= 1 but was %s", t);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /** The survivors expected of a cohort of {@code initial} customers at periods 0 … {@code periods}. */
    public double[] projectSurvivors(double initial, int periods) {
        checkArgument(initial >= 0 && Double.isFinite(initial), "initial must be finite and >= 0 but was %s", initial);
        checkArgument(periods >= 0, "periods must be >= 0 but was %s", periods);
        double[] survivors = new double[periods + 1];
        for (int t = 0; t <= periods; t++) {
            survivors[t] = initial * survival(t);
        }
        return survivors;
    }

    /**
     * Discounted expected residual lifetime of a customer who has made {@code renewals} renewals
     * (so is in period n = renewals + 1), in payments: Σ_{t≥n} S(t)/S(n−1)/(1+d)^{t−n}, each
     * renewal paying 1, the next one undiscounted (Fader and Hardie 2010, eq. 6). Multiply by the
     * margin per period for a value.
     *
     * @throws IllegalArgumentException if the discount rate is not finite and positive or renewals &lt; 0
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        checkArgument(discountRate > 0 && Double.isFinite(discountRate), "discount rate must be finite and > 0 but was %s",
                discountRate);
        checkArgument(renewals >= 0, "renewals must be >= 0 but was %s", renewals);
        int n = renewals + 1;
        double z = 1 / (1 + discountRate);
        return (beta + n - 1) / (alpha + beta + n - 1) * (1 + Hypergeometric.minusOne(1, beta + n, alpha + beta + n, z));
    }

    /**
     * Discounted expected lifetime of a new customer, the payment at acquisition included:
     * Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β; 1/(1+d)).
     */
    public double discountedExpectedLifetime(double discountRate) {
        checkArgument(discountRate > 0 && Double.isFinite(discountRate), "discount rate must be finite and > 0 but was %s",
                discountRate);
        return 1 + Hypergeometric.minusOne(1, beta, alpha + beta, 1 / (1 + discountRate));
    }

    /**
     * The log-likelihood of a cohort's survivors at periods 0 … n: Σ_{t=1}^{n} (n_{t−1} − n_t)
     * ln P(T = t) + n_n ln S(n).
     */
    public double logLikelihood(double[] survivors) {
        ShiftedBetaGeometricFitter.checkSurvivors(survivors);
        return ShiftedBetaGeometricFitter.logLikelihood(alpha, beta, survivors, null);
    }
}
