package org.crmkit.value.btyd;

import java.util.Map;

/**
 * A fitted model of repeat purchasing and dropout in continuous time ("buy till you die"): BG/NBD,
 * MBG/NBD or Pareto/NBD. All times are in the period unit of the data the model was fitted on; x is
 * the number of repeat purchases, t_x the age at the last purchase and T the age at the end of
 * observation, as in {@link RepeatPurchaseSummary}. Scoring ({@link CustomerForecasts}, {@link
 * CustomerLifetimeValue}, {@link HoldoutValidation}) works with any of them.
 *
 * @since 0.2
 */
public sealed interface PurchaseModel permits BgNbdModel, MbgNbdModel, ParetoNbdModel {

    /** Which model this is. */
    PurchaseModelKind kind();

    /** The parameters by name, in the model's usual order (e.g. r, alpha, a, b). */
    Map<String, Double> parameters();

    /**
     * P(alive | x, t_x, T): the probability that a customer with this history has not dropped out
     * by the end of observation.
     *
     * @throws IllegalArgumentException if the history is inconsistent: x &lt; 0, t_x &lt; 0, t_x &gt;
     *     T, a non-finite T, or t_x ≠ 0 while x = 0
     */
    double probabilityAlive(int x, double tx, double age);

    /**
     * Expected number of purchases in the next {@code t} periods of a customer with history
     * (x, t_x, T).
     *
     * @throws IllegalArgumentException if the history is inconsistent or t is negative or not finite
     * @throws ArithmeticException      if a series the model needs does not converge for so long a
     *     horizon
     */
    double expectedPurchases(double t, int x, double tx, double age);

    /** Expected repeat purchases in the first {@code t} periods after a new customer's first purchase, E[X(t)]. */
    double expectedPurchases(double t);

    /**
     * The log-likelihood of one customer's history; summed over customers it is the fit's
     * log-likelihood.
     *
     * @throws IllegalArgumentException if the history is inconsistent
     */
    double logLikelihood(int x, double tx, double age);

    /** P(alive) of every customer of {@code summary}, by index, computed once per distinct history on all cores. */
    default double[] probabilityAlive(RepeatPurchaseSummary summary) {
        return summary.histories().perCustomer(this::probabilityAlive);
    }

    /** Expected purchases in the next {@code t} periods of every customer of {@code summary}, by index. */
    default double[] expectedPurchases(double t, RepeatPurchaseSummary summary) {
        return summary.histories().perCustomer((x, tx, age) -> expectedPurchases(t, x, tx, age));
    }

    /** Σ over the customers of {@code summary} of their expected purchases in the next {@code t} periods. */
    default double populationExpectedPurchases(double t, RepeatPurchaseSummary summary) {
        return summary.histories().sum((x, tx, age) -> expectedPurchases(t, x, tx, age));
    }

    /** Σ log-likelihood of the customers of {@code summary} under this model, in the summary's unit. */
    default double logLikelihood(RepeatPurchaseSummary summary) {
        return summary.histories().sum(this::logLikelihood);
    }
}
