package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A fitted (or assumed) Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive a
 * customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α); the customer's lifetime
 * is exponential with rate μ ~ Gamma(shape s, rate β), independent of purchasing. Times are in the
 * period unit of the data the model was fitted on.
 *
 * <p>Formulas (Fader, Hardie and Lee 2005, "A note on deriving the Pareto/NBD model and related
 * expressions"): the likelihood L = Γ(r+x) α^r β^s / Γ(r) · [(α+T)^{−(r+x)} (β+T)^{−s} + s/(r+s+x) · A₀]
 * with, for α ≥ β, A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^{r+s+x} − (the same at T),
 * and for α &lt; β, A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t_x)) / (β+t_x)^{r+s+x} − (the same at T);
 * P(alive) = 1 / (1 + s/(r+s+x)·(α+T)^{r+x}(β+T)^s·A₀); expected purchases of a new customer in
 * (0, t], E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^{s−1}]; of a customer with history (x, t_x, T) in
 * (T, T+t], P(alive)·(r+x)(β+T)/((α+T)(s−1))·[1 − ((β+T)/(β+T+t))^{s−1}]. The bracket over s − 1 is
 * evaluated as −expm1((s−1)·ln q)/(s−1), and as −ln q at s = 1, so it holds for every s &gt; 0.
 *
 * <p>Numerical choices: the switch on max(α, β) keeps the argument of ₂F₁ in [0, 1), where its
 * series has positive terms only; the bracket of L is taken in logarithms with its larger term
 * factored out, so no power overflows or underflows however many purchases a customer made; the two
 * ₂F₁ terms of A₀ nearly cancel only when t_x is close to T, where the first term of the bracket
 * dominates, so L keeps its relative accuracy. The series needs about 1/(1 − z) terms, so it slows
 * down only when α and β are thousands of times apart, and fails with an {@link ArithmeticException}
 * beyond two million terms.
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha rate of the purchase-rate distribution, in periods
 * @param s     shape of the dropout-rate distribution
 * @param beta  rate of the dropout-rate distribution, in periods
 * @since 0.2
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

    /** Checks that every parameter is finite and positive. */
    public ParetoNbdModel {
        checkArgument(r > 0 && Double.isFinite(r), "r must be finite and > 0 but was %s", r);
        checkArgument(alpha > 0 && Double.isFinite(alpha), "alpha must be finite and > 0 but was %s", alpha);
        checkArgument(s > 0 && Double.isFinite(s), "s must be finite and > 0 but was %s", s);
        checkArgument(beta > 0 && Double.isFinite(beta), "beta must be finite and > 0 but was %s", beta);
    }

    /** The model with the given parameters. */
    public static ParetoNbdModel of(double r, double alpha, double s, double beta) {
        return new ParetoNbdModel(r, alpha, s, beta);
    }

    /** {@link PurchaseModelKind#PARETO_NBD}. */
    @Override
    public PurchaseModelKind kind() {
        return PurchaseModelKind.PARETO_NBD;
    }

    /** r, alpha, s, beta. */
    @Override
    public Map<String, Double> parameters() {
        return ImmutableMap.of("r", r, "alpha", alpha, "s", s, "beta", beta);
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x)·(α+T)^{r+x}(β+T)^s·A₀).
     *
     * @throws ArithmeticException if the hypergeometric series does not converge (α and β millions of times apart)
     */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        BgNbdModel.checkHistory(x, tx, age);
        double[] alive = new double[1];
        ParetoNbdTerms.logLikelihood(r, alpha, s, beta, x, tx, age, 0, 0, 0, null, alive, new double[5]);
        return alive[0];
    }

    /** Expected purchases in the next {@code t} periods given the history. */
    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        BgNbdModel.checkHorizon(t);
        double alive = probabilityAlive(x, tx, age);
        if (t == 0) {
            return 0.0;
        }
        return alive * (r + x) * (beta + age) / (alpha + age) * lifetimeFraction(Math.log((beta + age) / (beta + age + t)));
    }

    /** E[X(t)] of a new customer: rβ/(α(s−1))·[1 − (β/(β+t))^{s−1}]. */
    @Override
    public double expectedPurchases(double t) {
        BgNbdModel.checkHorizon(t);
        return t == 0 ? 0.0 : r * beta / alpha * lifetimeFraction(Math.log(beta / (beta + t)));
    }

    /** The log-likelihood of one customer's history. */
    @Override
    public double logLikelihood(int x, double tx, double age) {
        BgNbdModel.checkHistory(x, tx, age);
        return ParetoNbdTerms.logLikelihood(r, alpha, s, beta, x, tx, age, ParetoNbdTerms.logGammaTerm(r, x), 0, 0, null, null,
                new double[5]);
    }

    /** [1 − e^{(s−1)·logRatio}] / (s − 1), and −logRatio at s = 1 (logRatio ≤ 0). */
    private double lifetimeFraction(double logRatio) {
        double shape = s - 1;
        return shape == 0 ? -logRatio : -Math.expm1(shape * logRatio) / shape;
    }
}
