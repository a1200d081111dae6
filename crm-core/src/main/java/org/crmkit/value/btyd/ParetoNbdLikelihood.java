package org.crmkit.value.btyd;

import org.crmkit.value.btyd.internal.ChunkedSums;

/**
 * The Pareto/NBD objective over ln(r, α, s, β) with α and β in scaled time (see {@link
 * HistoryRows}): the per-history log-likelihood and gradient of {@link ParetoNbdTerms}, the gamma
 * terms once per distinct x, the histories in fixed chunks.
 */
final class ParetoNbdLikelihood extends LogParameterObjective {

    private static final int SUMS = 5;

    /**
     * Where a fit is taken to be running off to infinity: α and β more than this many times apart,
     * and the shape paired with the larger one (s with β, r with α) above {@link #RUNAWAY_SHAPE}. A
     * gamma distribution whose shape and rate grow together collapses to one rate for every
     * customer, which Pareto/NBD reaches only in the limit; and the ₂F₁ series of a customer who
     * never came back needs about 40 · max(α, β) / min(α, β) terms, so a fit creeping after that
     * limit spent minutes to hours on ever longer sums. It stops there with a {@link
     * ModelFitException} instead, as the other fitters stop when their parameters run away.
     */
    static final double RUNAWAY_SCALE_RATIO = 1_000;

    /** See {@link #RUNAWAY_SCALE_RATIO}. */
    static final double RUNAWAY_SHAPE = 100;

    private final HistoryRows rows;
    private final boolean parallel;
    private final boolean fitting;

    /**
     * The objective over the rows; {@code fitting} makes it stop a fit that runs off to infinity
     * (see {@link #RUNAWAY_SCALE_RATIO}) rather than evaluate the model there.
     */
    ParetoNbdLikelihood(HistoryRows rows, double penalizer, boolean parallel, boolean fitting) {
        super(4, penalizer, rows.totalWeight);
        this.rows = rows;
        this.parallel = parallel;
        this.fitting = fitting;
    }

    @Override
    double logLikelihood(double[] p, double[] dll) {
        if (fitting && runningOff(p[0], p[1], p[2], p[3])) {
            throw new ModelFitException(String.format(java.util.Locale.ROOT, "Pareto/NBD fit did not converge on %s: %s and %s run"
                    + " off towards infinity together (r %.4g, s %.4g, alpha/beta %.4g in the fit's time scale), the limit of one %s"
                    + " rate for every customer, where the likelihood has no finite maximum; add a penalizer or fit another model",
                    rows, p[3] > p[1] ? "s" : "r", p[3] > p[1] ? "beta" : "alpha", p[0], p[2], p[1] / p[3],
                    p[3] > p[1] ? "dropout" : "purchase"));
        }
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

    private static boolean runningOff(double r, double alpha, double s, double beta) {
        return beta > RUNAWAY_SCALE_RATIO * alpha && s > RUNAWAY_SHAPE || alpha > RUNAWAY_SCALE_RATIO * beta && r > RUNAWAY_SHAPE;
    }
}
