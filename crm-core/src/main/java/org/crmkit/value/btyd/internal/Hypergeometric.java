package org.crmkit.value.btyd.internal;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series, as the
 * BG/NBD expectations need it. Callers pass the Euler-transformed arguments (see {@link
 * org.crmkit.value.btyd.BgNbdModel}), which keep the terms small even for customers with many purchases. The series
 * converges for any c that is not 0, −1, −2, …; terms may change sign while a + k, b + k or c + k
 * is negative, so the sum is only declared converged once every factor is positive.
 */
public final class Hypergeometric {

    /** Terms after which the series is declared divergent for practical purposes. */
    public static final int MAX_TERMS = 2_000_000;

    private Hypergeometric() {}

    /**
     * ₂F₁(a, b; c; z) − 1, summed until a term falls below 1e-17 of the sum scaled by (1 − z), which
     * bounds the geometric tail.
     *
     * @throws ArithmeticException if z is outside [0, 1), c is a non-positive integer the series
     *     reaches before it terminates (₂F₁ is undefined there), or the series needs more than
     *     {@value #MAX_TERMS} terms
     */
    public static double minusOne(double a, double b, double c, double z) {
        checkZ(a, b, c, z);
        if (c == 0) {
            if (a * b * z == 0) {
                return 0.0;
            }
            throw undefined(a, b, c, z);
        }
        return sumFrom(a * b / c * z, 1.0, a, b, c, z);
    }

    /**
     * c·(₂F₁(a, b; c; z) − 1) / b = Σ_{k≥1} (a)_k (b+1)_{k−1} / ((c+1)_{k−1} k!) zᵏ: the series with
     * the removable factors c and b divided out, so it is finite at c = 0 and b = 0 and defined for
     * every c &gt; −1.
     *
     * @throws ArithmeticException if c ≤ −1, z is outside [0, 1), or the series needs more than
     *     {@value #MAX_TERMS} terms
     */
    public static double scaledMinusOne(double a, double b, double c, double z) {
        checkZ(a, b, c, z);
        if (!(c > -1)) {
            throw new ArithmeticException("the scaled 2F1 series needs c > -1 but had c = " + c);
        }
        return sumFrom(a * z, 0.0, a, b, c, z);
    }

    /**
     * Σ_{k≥1} t_k with t_1 = {@code first} and t_{k+1} = t_k (a+k)(b+k) / ((c+k)(k+1)) z, to rounding
     * relative to {@code offset} + sum.
     */
    private static double sumFrom(double first, double offset, double a, double b, double c, double z) {
        double tolerance = 1e-17 * (1 - z);
        double term = first;
        double sum = first;
        for (int k = 1; k < MAX_TERMS; k++) {
            if (term == 0) {
                return sum;
            }
            double denominator = (c + k) * (k + 1);
            if (denominator == 0) {
                throw undefined(a, b, c, z);
            }
            double ratio = (a + k) * (b + k) / denominator * z;
            term *= ratio;
            sum += term;
            boolean tailShrinks = a + k > 0 && b + k > 0 && c + k > 0 && ratio < 1;
            if (tailShrinks && Math.abs(term) <= tolerance * Math.abs(offset + sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms; the prediction horizon is too long for the customer's age");
    }

    private static void checkZ(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1) || !Double.isFinite(a + b + c)) {
            throw new ArithmeticException("2F1 series needs finite parameters and 0 <= z < 1 but had 2F1(" + a + ", " + b
                    + "; " + c + "; " + z + ")");
        }
    }

    private static ArithmeticException undefined(double a, double b, double c, double z) {
        return new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") is undefined: c is a non-positive"
                + " integer and the series does not terminate before it");
    }
}
