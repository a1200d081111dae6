package org.crmkit.value.btyd;

import org.crmkit.value.btyd.internal.RandomDraws;

/**
 * Seeded simulators of the individual-level processes of MBG/NBD, Pareto/NBD, BG/BB and the
 * shifted-BG, for parameter-recovery tests: the same seed gives the same customers.
 */
final class ModelSimulators {

    private ModelSimulators() {}

    /** MBG/NBD: dropout with probability p right after the first purchase and after each repeat purchase. */
    static RepeatPurchaseSummary mbgNbd(MbgNbdModel m, double[] ages, long seed) {
        RandomDraws random = new RandomDraws(seed);
        int n = ages.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = random.gamma(m.r(), m.alpha());
            double p = random.beta(m.a(), m.b());
            if (random.uniform() < p) {
                continue;
            }
            double t = 0;
            while (true) {
                t += random.exponential(lambda);
                if (t > ages[i]) {
                    break;
                }
                x[i]++;
                tx[i] = t;
                if (random.uniform() < p) {
                    break;
                }
            }
        }
        return RepeatPurchaseSummary.of(PeriodUnit.WEEKS, x, tx, ages.clone(), new double[n]);
    }

    /** Pareto/NBD: purchases at rate λ until an exponential lifetime with rate μ ends. */
    static RepeatPurchaseSummary paretoNbd(ParetoNbdModel m, double[] ages, long seed) {
        RandomDraws random = new RandomDraws(seed);
        int n = ages.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = random.gamma(m.r(), m.alpha());
            double mu = random.gamma(m.s(), m.beta());
            double end = Math.min(ages[i], random.exponential(mu));
            double t = 0;
            while (true) {
                t += random.exponential(lambda);
                if (t > end) {
                    break;
                }
                x[i]++;
                tx[i] = t;
            }
        }
        return RepeatPurchaseSummary.of(PeriodUnit.WEEKS, x, tx, ages.clone(), new double[n]);
    }

    /** BG/BB over {@code periods} opportunities: columns frequency, recency, periods (one customer a row). */
    static int[][] bgBb(BgBbModel m, int customers, int periods, long seed) {
        RandomDraws random = new RandomDraws(seed);
        int[][] columns = new int[3][customers];
        for (int i = 0; i < customers; i++) {
            double p = random.beta(m.alpha(), m.beta());
            double theta = random.beta(m.gamma(), m.delta());
            for (int t = 1; t <= periods; t++) {
                if (random.uniform() < theta) {
                    break;
                }
                if (random.uniform() < p) {
                    columns[0][i]++;
                    columns[1][i] = t;
                }
            }
            columns[2][i] = periods;
        }
        return columns;
    }

    /** Shifted-BG: survivors at periods 0 … {@code periods} of a cohort of {@code customers}. */
    static double[] shiftedBetaGeometric(ShiftedBetaGeometricModel m, int customers, int periods, long seed) {
        RandomDraws random = new RandomDraws(seed);
        double[] survivors = new double[periods + 1];
        for (int i = 0; i < customers; i++) {
            double theta = random.beta(m.alpha(), m.beta());
            survivors[0]++;
            for (int t = 1; t <= periods; t++) {
                if (random.uniform() < theta) {
                    break;
                }
                survivors[t]++;
            }
        }
        return survivors;
    }
}
