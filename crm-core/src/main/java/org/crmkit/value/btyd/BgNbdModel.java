package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logBeta;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.crmkit.value.btyd.internal.Hypergeometric;
import org.crmkit.value.btyd.internal.SpecialFunctions;

/**
 * A fitted (or assumed) BG/NBD model of repeat purchasing (Fader, Hardie and Lee 2005, "Counting
 * your customers the easy way"): while alive a customer buys as a Poisson process with rate
 * λ ~ Gamma(shape r, rate α), and after each repeat purchase drops out for good with probability
 * p ~ Beta(a, b). All times are in the period unit of the data the model was fitted on (e.g.
 * weeks); x is the number of repeat purchases, t_x the age at the last purchase and T the age at
 * the end of observation, as in {@link RepeatPurchaseSummary}.
 *
 * <p>The expectations use the Gauss hypergeometric function in its Euler-transformed form,
 * ₂F₁(r+x, b+x; a+b+x−1; z) = (1−z)^{a−1−r−x} ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose series stays
 * small for frequent buyers; the removable factors a − 1 and a + b + x − 1 are divided out of the
 * series, so the expectations hold for every positive a and b.
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha rate (inverse scale) of the purchase-rate distribution, in 1 / period
 * @param a     first shape of the dropout-probability distribution
 * @param b     second shape of the dropout-probability distribution
 * @since 0.1
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    /** Checks that every parameter is finite and positive. */
    public BgNbdModel {
        checkArgument(r > 0 && Double.isFinite(r), "r must be finite and > 0 but was %s", r);
        checkArgument(alpha > 0 && Double.isFinite(alpha), "alpha must be finite and > 0 but was %s", alpha);
        checkArgument(a > 0 && Double.isFinite(a), "a must be finite and > 0 but was %s", a);
        checkArgument(b > 0 && Double.isFinite(b), "b must be finite and > 0 but was %s", b);
    }

    /** The model with the given parameters. */
    public static BgNbdModel of(double r, double alpha, double a, double b) {
        return new BgNbdModel(r, alpha, a, b);
    }

    /** {@link PurchaseModelKind#BG_NBD}. */
    @Override
    public PurchaseModelKind kind() {
        return PurchaseModelKind.BG_NBD;
    }

    /** r, alpha, a, b. */
    @Override
    public Map<String, Double> parameters() {
        return ImmutableMap.of("r", r, "alpha", alpha, "a", a, "b", b);
    }

    /**
     * P(alive | x, t_x, T): 1 for a customer without repeat purchases, otherwise
     * 1 / (1 + a / (b + x − 1) · ((α + T) / (α + t_x))^{r+x}).
     *
     * @throws IllegalArgumentException if the history is inconsistent (see {@link #logLikelihood})
     */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        checkHistory(x, tx, age);
        if (x == 0) {
            return 1.0;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + tx));
        return SpecialFunctions.sigmoid(-logOdds);
    }

    /**
     * Expected number of purchases in the next {@code t} periods of a customer with history
     * (x, t_x, T) (eq. 10 of the paper; {@code lifetimes}' {@code predict}).
     *
     * @throws ArithmeticException if t is so long against the customer's age that the series does not
     *     converge in two million terms
     */
    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        checkHistory(x, tx, age);
        checkHorizon(t);
        if (t == 0) {
            return 0.0;
        }
        double z = t / (alpha + age + t);
        double numerator = growth(a + b + x - 1, z);
        if (x == 0) {
            return numerator;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + tx));
        return numerator * SpecialFunctions.sigmoid(-logOdds);
    }

    /** Expected purchases in the first {@code t} periods after a new customer's first purchase: E[X(t)] (eq. 9). */
    @Override
    public double expectedPurchases(double t) {
        return expectedPurchases(t, 0, 0, 0);
    }

    /**
     * P(X(t) = n): the probability that a new customer makes exactly {@code n} repeat purchases in
     * the {@code t} periods after the first (eq. 8).
     */
    public double probabilityOfPurchases(int n, double t) {
        checkArgument(n >= 0, "n must be >= 0 but was %s", n);
        checkHorizon(t);
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logKeep = Math.log(alpha / (alpha + t));
        double logRate = Math.log(t / (alpha + t));
        double logBetaAB = logBeta(a, b);
        double alive = Math.exp(logBeta(a, b + n) - logBetaAB + logGamma(r + n) - logGamma(r) - logGamma(n + 1.0)
                + r * logKeep + n * logRate);
        if (n == 0) {
            return alive;
        }
        double term = 1.0;
        double partial = 0.0;
        double u = Math.exp(logRate);
        for (int j = 0; j < n; j++) {
            partial += term;
            term *= (r + j) / (j + 1) * u;
        }
        double droppedOut = Math.exp(logBeta(a + 1, b + n - 1) - logBetaAB) * -Math.expm1(r * logKeep + Math.log(partial));
        return alive + droppedOut;
    }

    /**
     * The log-likelihood of one customer's history (eq. 6 of the paper), in the period unit of the
     * model; summed over customers it is the fit's log-likelihood.
     *
     * @throws IllegalArgumentException if x &lt; 0, t_x &lt; 0, t_x &gt; T, or t_x ≠ 0 while x = 0
     */
    @Override
    public double logLikelihood(int x, double tx, double age) {
        checkHistory(x, tx, age);
        double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double a2 = x == 0 ? 0 : logBeta(a, b + x) - logBeta(a, b);
        double a3 = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return a1 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + a3 + SpecialFunctions.softplus(a4 - a3);
    }

    /** P(alive) of every customer of {@code summary}, by index, computed once per distinct history on all cores. */
    @Override
    public double[] probabilityAlive(RepeatPurchaseSummary summary) {
        return summary.histories().perCustomer(this::probabilityAlive);
    }

    /** Expected purchases in the next {@code t} periods of every customer of {@code summary}, by index. */
    @Override
    public double[] expectedPurchases(double t, RepeatPurchaseSummary summary) {
        return summary.histories().perCustomer((x, tx, age) -> expectedPurchases(t, x, tx, age));
    }

    /**
     * Expected purchases of the whole customer base of {@code summary} in the next {@code t} periods:
     * the sum of every customer's conditional expectation.
     */
    @Override
    public double populationExpectedPurchases(double t, RepeatPurchaseSummary summary) {
        return summary.histories().sum((x, tx, age) -> expectedPurchases(t, x, tx, age));
    }

    /**
     * (c / (a − 1))·(1 − (1 − z)^{a−1} ₂F₁(a+b−1−r, a−1; c; z)) with c = a + b + x − 1, written as
     * c·(1 − (1 − z)^{a−1}) / (a − 1) − (1 − z)^{a−1}·c·(₂F₁ − 1) / (a − 1): both removable factors
     * divided out, so it holds for a = 1 and for c ≤ 0 (a + b + x ≤ 1, customers without repeats when
     * a + b &lt; 1) as well; c &gt; −1 always since a, b &gt; 0.
     */
    private double growth(double c, double z) {
        double shape = a - 1;
        double logKeep = Math.log1p(-z);
        double power = Math.exp(shape * logKeep);
        double rise = shape == 0 ? -logKeep : -Math.expm1(shape * logKeep) / shape;
        return c * rise - power * Hypergeometric.scaledMinusOne(a + b - 1 - r, shape, c, z);
    }

    static void checkHistory(int x, double tx, double age) {
        checkArgument(x >= 0, "frequency must be >= 0 but was %s", x);
        if (!(tx >= 0 && tx <= age && Double.isFinite(age))) {
            throw new IllegalArgumentException(lenientFormat("need 0 <= recency <= T but had recency %s, T %s", tx, age));
        }
        if (!(x > 0 || tx == 0)) {
            throw new IllegalArgumentException(lenientFormat("recency must be 0 when frequency is 0 but was %s", tx));
        }
    }

    static void checkHorizon(double t) {
        if (!(t >= 0 && Double.isFinite(t))) {
            throw new IllegalArgumentException(lenientFormat("t must be finite and >= 0 but was %s", t));
        }
    }
}
