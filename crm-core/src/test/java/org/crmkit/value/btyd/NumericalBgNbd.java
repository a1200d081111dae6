package org.crmkit.value.btyd;


/**
 * The BG/NBD posterior quantities by brute-force numerical integration over λ and p, for checking
 * the closed forms. Both integrals run on the whole real line after λ = e^s and p = 1 / (1 + e^−y),
 * where the integrands decay exponentially, so the trapezoid rule converges spectrally fast.
 */
final class NumericalBgNbd {

    private static final double STEP = 0.05;

    private NumericalBgNbd() {}

    /** E[purchases in (T, T + t] | x, t_x, T]. */
    static double conditionalExpectedPurchases(BgNbdModel m, double t, int x, double tx, double age) {
        return integrate(m, x, tx, age, t, true) / integrate(m, x, tx, age, t, false);
    }

    /** P(alive | x, t_x, T): the "alive" part of the likelihood over the whole likelihood. */
    static double probabilityAlive(BgNbdModel m, int x, double tx, double age) {
        return integrate(m, x, tx, age, 0, true, true) / integrate(m, x, tx, age, 0, false);
    }

    private static double integrate(BgNbdModel m, int x, double tx, double age, double t, boolean numerator) {
        return integrate(m, x, tx, age, t, numerator, false);
    }

    /**
     * ∫∫ g(λ) f(p) h(λ, p) with h the likelihood (denominator), or the alive part of it times the
     * expected purchases of an alive customer, (1 − e^−λpt) / p (numerator); normalising constants
     * of g and f cancel in the ratios.
     */
    private static double integrate(BgNbdModel m, int x, double tx, double age, double t, boolean numerator,
            boolean aliveOnly) {
        int points = (int) ((45 / m.a() + 45 / m.b()) / STEP);
        double[] p = new double[points];
        double[] aliveWeight = new double[points];
        double[] deadWeight = new double[points];
        for (int j = 0; j < points; j++) {
            double y = -45 / m.a() + j * STEP;
            p[j] = 1 / (1 + Math.exp(-y));
            double q = 1 / (1 + Math.exp(y));
            double pWeight = Math.exp(m.a() * Math.log(p[j]) + m.b() * Math.log(q));
            aliveWeight[j] = pWeight * Math.pow(q, x);
            deadWeight[j] = x > 0 ? pWeight * p[j] * Math.pow(q, x - 1) : 0;
        }
        double k = m.r() + x;
        double peak = Math.log(k / (m.alpha() + tx));
        double sum = 0;
        for (double s = peak - 45 / k; s < peak + 6; s += STEP) {
            double lambda = Math.exp(s);
            double lambdaWeight = Math.exp(k * s - m.alpha() * lambda);
            double aliveDecay = Math.exp(-lambda * age);
            double deadDecay = Math.exp(-lambda * tx);
            double inner = 0;
            for (int j = 0; j < points; j++) {
                if (!numerator) {
                    inner += aliveWeight[j] * aliveDecay + deadWeight[j] * deadDecay;
                } else if (aliveOnly) {
                    inner += aliveWeight[j] * aliveDecay;
                } else {
                    inner += aliveWeight[j] * aliveDecay * -Math.expm1(-lambda * p[j] * t) / p[j];
                }
            }
            sum += lambdaWeight * inner;
        }
        return sum;
    }
}
