package org.crmkit.value;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series, as the
 * BG/NBD expectations need it. Callers pass the Euler-transformed arguments (see {@link
 * BgNbdModel}), which keep the terms small even for customers with many purchases.
 */
final class Hypergeometric {

    /** Terms after which the series is declared divergent for practical purposes. */
    static final int MAX_TERMS = 2_000_000;

    private Hypergeometric() {}

    /**
     * ₂F₁(a, b; c; z) − 1, summed until a term falls below 1e-17 of the sum scaled by (1 − z), which
     * bounds the geometric tail.
     *
     * @throws ArithmeticException if c ≤ 0, z is outside [0, 1), or the series needs more than
     *     {@value #MAX_TERMS} terms
     */
    static double minusOne(double a, double b, double c, double z) {
        if (!(c > 0) || !(z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 series needs c > 0 and 0 <= z < 1 but had c = " + c + ", z = " + z);
        }
        double tolerance = 1e-17 * (1 - z);
        double term = 1.0;
        double sum = 0.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) <= tolerance * Math.abs(1 + sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms; the prediction horizon is too long for the customer's age");
    }
}
