package org.crmkit.value.btyd.internal;

import java.util.SplittableRandom;

/** Gamma, beta and exponential variates from a seeded {@link SplittableRandom}. */
public final class RandomDraws {

    private final SplittableRandom random;

    /** Draws from a generator seeded with {@code seed}: the same seed gives the same draws. */
    public RandomDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A uniform variate in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Exponential waiting time with the given rate. */
    public double exponential(double rate) {
        return -Math.log1p(-random.nextDouble()) / rate;
    }

    /** Gamma(shape, rate) by Marsaglia and Tsang; shapes below 1 by the U^(1/shape) boost. */
    public double gamma(double shape, double rate) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, rate) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    public double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        return x + y > 0 ? x / (x + y) : (random.nextDouble() < a / (a + b) ? 1 : 0);
    }
}
