package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.crmkit.value.btyd.internal.Hypergeometric;
import org.crmkit.value.btyd.internal.SpecialFunctions;

/**
 * A fitted (or assumed) MBG/NBD model (Batislam, Denizel and Filiztekin 2007, "Empirical
 * validation and comparison of models for customer base analysis"; {@code lifetimes}'
 * ModifiedBetaGeoFitter): as BG/NBD, a customer buys as a Poisson process with rate
 * λ ~ Gamma(shape r, rate α) while alive, but may drop out with probability p ~ Beta(a, b) at time 0
 * (right after the first purchase) as well as after each repeat purchase. A customer who never
 * bought again therefore does not keep P(alive) = 1: it falls as T grows.
 *
 * <p>Formulas (x repeat purchases, t_x, T): likelihood
 * B(a, b+x+1)/B(a, b)·Γ(r+x)α^r/(Γ(r)(α+T)^{r+x}) + B(a+1, b+x)/B(a, b)·Γ(r+x)α^r/(Γ(r)(α+t_x)^{r+x});
 * P(alive) = 1 / (1 + a/(b+x)·((α+T)/(α+t_x))^{r+x}); expected purchases in (T, T+t]
 * = P(alive)·(a+b+x)/(a−1)·[1 − ((α+T)/(α+T+t))^{r+x} ₂F₁(r+x, b+x+1; a+b+x; z)] with
 * z = t/(α+T+t), evaluated in the Euler-transformed form (1−z)^{a−1} ₂F₁(a+b−r, a−1; a+b+x; z) with
 * the removable factor a − 1 divided out, as {@link BgNbdModel} does, so it holds for a = 1 too.
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha rate (inverse scale) of the purchase-rate distribution, in 1 / period
 * @param a     first shape of the dropout-probability distribution
 * @param b     second shape of the dropout-probability distribution
 * @since 0.2
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    /** Checks that every parameter is finite and positive. */
    public MbgNbdModel {
        checkArgument(r > 0 && Double.isFinite(r), "r must be finite and > 0 but was %s", r);
        checkArgument(alpha > 0 && Double.isFinite(alpha), "alpha must be finite and > 0 but was %s", alpha);
        checkArgument(a > 0 && Double.isFinite(a), "a must be finite and > 0 but was %s", a);
        checkArgument(b > 0 && Double.isFinite(b), "b must be finite and > 0 but was %s", b);
    }

    /** The model with the given parameters. */
    public static MbgNbdModel of(double r, double alpha, double a, double b) {
        return new MbgNbdModel(r, alpha, a, b);
    }

    /** {@link PurchaseModelKind#MBG_NBD}. */
    @Override
    public PurchaseModelKind kind() {
        return PurchaseModelKind.MBG_NBD;
    }

    /** r, alpha, a, b. */
    @Override
    public Map<String, Double> parameters() {
        return ImmutableMap.of("r", r, "alpha", alpha, "a", a, "b", b);
    }

    /** P(alive | x, t_x, T) = 1 / (1 + a/(b+x)·((α+T)/(α+t_x))^{r+x}), for every x including 0. */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        BgNbdModel.checkHistory(x, tx, age);
        return SpecialFunctions.sigmoid(-deadOdds(x, tx, age));
    }

    /** Expected purchases in the next {@code t} periods given the history ({@code lifetimes}' conditional expectation). */
    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        BgNbdModel.checkHistory(x, tx, age);
        BgNbdModel.checkHorizon(t);
        if (t == 0) {
            return 0.0;
        }
        double z = t / (alpha + age + t);
        return growth(a + b + x, z) * SpecialFunctions.sigmoid(-deadOdds(x, tx, age));
    }

    /** E[X(t)] of a new customer: b/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]. */
    @Override
    public double expectedPurchases(double t) {
        return expectedPurchases(t, 0, 0, 0);
    }

    /**
     * P(X(t) = n) for a new customer: n repeat purchases in the t periods after the first. Alive
     * throughout with B(a, b+n+1)/B(a, b) times the Poisson-gamma probability of n; dropped out
     * after the j-th purchase (j = 0 … n, where j = n needs no dropout in the window) otherwise.
     */
    public double probabilityOfPurchases(int n, double t) {
        checkArgument(n >= 0, "n must be >= 0 but was %s", n);
        BgNbdModel.checkHorizon(t);
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logKeep = Math.log(alpha / (alpha + t));
        double logRate = Math.log(t / (alpha + t));
        double logBetaAB = logBeta(a, b);
        double nbd = Math.exp(logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * logKeep + n * logRate);
        double alive = Math.exp(logBeta(a, b + n + 1) - logBetaAB) * nbd;
        // dropped out right after purchase n: at least n purchases of the Poisson-gamma stream happened
        double term = 1.0;
        double partial = 0.0;
        double u = Math.exp(logRate);
        for (int j = 0; j < n; j++) {
            partial += term;
            term *= (r + j) / (j + 1) * u;
        }
        double atLeastN = n == 0 ? 1.0 : -Math.expm1(r * logKeep + Math.log(partial));
        return alive + Math.exp(logBeta(a + 1, b + n) - logBetaAB) * atLeastN;
    }

    /** The log-likelihood of one customer's history (as {@code lifetimes}' ModifiedBetaGeoFitter). */
    @Override
    public double logLikelihood(int x, double tx, double age) {
        BgNbdModel.checkHistory(x, tx, age);
        double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double a2 = logBeta(a, b + x + 1) - logBeta(a, b);
        double a3 = -(r + x) * Math.log(alpha + age);
        return a1 + a2 + a3 + SpecialFunctions.softplus(deadOdds(x, tx, age));
    }

    /** ln(a/(b+x)) + (r+x)·ln((α+T)/(α+t_x)): the log-odds of having dropped out. */
    private double deadOdds(int x, double tx, double age) {
        return Math.log(a / (b + x)) + (r + x) * Math.log((alpha + age) / (alpha + tx));
    }

    /** (c/(a−1))·(1 − (1−z)^{a−1} ₂F₁(a+b−r, a−1; c; z)) with both removable factors divided out (see BgNbdModel). */
    private double growth(double c, double z) {
        double shape = a - 1;
        double logKeep = Math.log1p(-z);
        double power = Math.exp(shape * logKeep);
        double rise = shape == 0 ? -logKeep : -Math.expm1(shape * logKeep) / shape;
        return c * rise - power * Hypergeometric.scaledMinusOne(a + b - r, shape, c, z);
    }
}
