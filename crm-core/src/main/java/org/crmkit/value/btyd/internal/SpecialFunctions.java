package org.crmkit.value.btyd.internal;

/**
 * Log-gamma, digamma and a stable log(1 + e^x), written here because crm-core takes no numerics
 * library. Both gamma functions shift the argument up to {@value #SHIFT} with the recurrence and
 * then use the asymptotic (Stirling / de Moivre) series, which is accurate to about 1e-15
 * relative there.
 */
public final class SpecialFunctions {

    /** Arguments below this are shifted up by the recurrence before the asymptotic series. */
    private static final double SHIFT = 15.0;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {}

    /**
     * ln Γ(x) for x &gt; 0.
     *
     * @throws IllegalArgumentException if x is not &gt; 0
     */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0 but was " + x);
        }
        double product = 1.0;
        double y = x;
        while (y < SHIFT) {
            product *= y;
            y += 1.0;
        }
        double inv = 1.0 / y;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 + inv2 * (-1.0 / 360 + inv2 * (1.0 / 1260 + inv2 * (-1.0 / 1680
                + inv2 * (1.0 / 1188 + inv2 * (-691.0 / 360360 + inv2 / 156))))));
        double stirling = (y - 0.5) * Math.log(y) - y + HALF_LOG_TWO_PI + series;
        return product == 1.0 ? stirling : stirling - Math.log(product);
    }

    /**
     * ψ(x) = d/dx ln Γ(x) for x &gt; 0.
     *
     * @throws IllegalArgumentException if x is not &gt; 0
     */
    public static double digamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("digamma needs x > 0 but was " + x);
        }
        double shift = 0.0;
        double y = x;
        while (y < SHIFT) {
            shift += 1.0 / y;
            y += 1.0;
        }
        double inv = 1.0 / y;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
        return Math.log(y) - 0.5 * inv - series - shift;
    }

    /** ln B(x, y) = ln Γ(x) + ln Γ(y) − ln Γ(x + y). */
    public static double logBeta(double x, double y) {
        return logGamma(x) + logGamma(y) - logGamma(x + y);
    }

    /** ln(1 + e^x) without overflow for large x or loss of precision for very negative x. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** The logistic function 1 / (1 + e^−x), without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
