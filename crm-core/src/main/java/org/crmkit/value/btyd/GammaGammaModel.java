package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;
import static org.crmkit.value.btyd.internal.SpecialFunctions.logGamma;

import org.crmkit.value.btyd.internal.SpecialFunctions;

/**
 * A fitted (or assumed) Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM
 * and CLV"; Fader and Hardie, "The Gamma-Gamma model of monetary value"): a customer's purchase
 * values are Gamma(shape p, rate ν) with ν ~ Gamma(shape q, rate v) across customers, so the
 * population mean spend per purchase is p·v / (q − 1).
 *
 * @param p shape of the spend per purchase
 * @param q shape of the distribution of the spend rate ν
 * @param v rate of the distribution of ν (γ in the papers), in currency units
 * @since 0.1
 */
public record GammaGammaModel(double p, double q, double v) {

    /** Checks that every parameter is finite and positive. */
    public GammaGammaModel {
        checkArgument(p > 0 && Double.isFinite(p), "p must be finite and > 0 but was %s", p);
        checkArgument(q > 0 && Double.isFinite(q), "q must be finite and > 0 but was %s", q);
        checkArgument(v > 0 && Double.isFinite(v), "v must be finite and > 0 but was %s", v);
    }

    /** The model with the given parameters. */
    public static GammaGammaModel of(double p, double q, double v) {
        return new GammaGammaModel(p, q, v);
    }

    /**
     * Mean spend per purchase across the population, p·v / (q − 1).
     *
     * @throws IllegalStateException if q ≤ 1, where the mean is infinite
     */
    public double populationMeanSpend() {
        if (!(q > 1)) {
            throw new IllegalStateException(lenientFormat(
                    "q = %s <= 1: the population mean spend is infinite; refit with more data or a penalizer", q));
        }
        return v * p / (q - 1);
    }

    /**
     * E[spend per purchase | x repeat purchases with mean value m] (eq. 5 of the note): a weighted
     * average of the population mean and m with weight p·x / (p·x + q − 1) on m; the population
     * mean when x = 0 ({@code lifetimes}' conditional_expected_average_profit).
     *
     * @throws IllegalStateException if q ≤ 1
     */
    public double expectedAverageSpend(int x, double monetaryValue) {
        checkArgument(x >= 0, "frequency must be >= 0 but was %s", x);
        if (!Double.isFinite(monetaryValue)) {
            throw new IllegalArgumentException(lenientFormat("monetary value must be finite but was %s", monetaryValue));
        }
        double mean = populationMeanSpend();
        double individual = p * x / (p * x + q - 1);
        return (1 - individual) * mean + individual * monetaryValue;
    }

    /**
     * Log-likelihood of a repeat buyer's mean repeat-purchase value m over x purchases (eq. 1a).
     */
    public double logLikelihood(int x, double monetaryValue) {
        if (!(x > 0 && monetaryValue > 0)) {
            throw new IllegalArgumentException(lenientFormat("needs x > 0 and m > 0 but had x %s, m %s", x, monetaryValue));
        }
        double px = p * x;
        return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(v) + (px - 1) * Math.log(monetaryValue)
                + px * Math.log(x) - (px + q) * Math.log(x * monetaryValue + v);
    }
}
