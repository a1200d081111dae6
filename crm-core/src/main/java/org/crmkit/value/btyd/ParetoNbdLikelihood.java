package org.crmkit.value.btyd;

import org.crmkit.value.btyd.internal.ChunkedSums;

/**
 * The Pareto/NBD objective over ln(r, α, s, β) with α and β in scaled time (see {@link
 * HistoryRows}): the per-history log-likelihood and gradient of {@link ParetoNbdTerms}, the gamma
 * terms once per distinct x, the histories in fixed chunks.
 */
final class ParetoNbdLikelihood extends LogParameterObjective {

    private static final int SUMS = 5;

    private final HistoryRows rows;
    private final boolean parallel;

    ParetoNbdLikelihood(HistoryRows rows, double penalizer, boolean parallel) {
        super(4, penalizer, rows.totalWeight);
        this.rows = rows;
        this.parallel = parallel;
    }

    @Override
    double logLikelihood(double[] p, double[] dll) {
        double r = p[0];
        int nx = rows.xValues.length;
        double[] lg = new double[nx];
        double[] psi = new double[nx];
        for (int k = 0; k < nx; k++) {
            lg[k] = ParetoNbdTerms.logGammaTerm(r, rows.xValues[k]);
            psi[k] = ParetoNbdTerms.digammaTerm(r, rows.xValues[k]);
        }
        double[] s = ChunkedSums.sum(rows.rows(), SUMS, parallel, (from, to, sums) -> {
            double[] gradient = new double[4];
            double[] series = new double[5];
            double ll = 0;
            for (int i = from; i < to; i++) {
                int k = rows.xOfRow[i];
                double w = rows.weight[i];
                ll += w * ParetoNbdTerms.logLikelihood(r, p[1], p[2], p[3], rows.x[i], rows.tx[i], rows.age[i], lg[k], psi[k], w,
                        gradient, null, series);
            }
            sums[0] += ll;
            for (int j = 0; j < 4; j++) {
                sums[j + 1] += gradient[j];
            }
        });
        System.arraycopy(s, 1, dll, 0, 4);
        return s[0];
    }
}
