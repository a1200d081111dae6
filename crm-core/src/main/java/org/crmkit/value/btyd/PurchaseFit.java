package org.crmkit.value.btyd;

import java.util.Map;

/**
 * The result of fitting a {@link PurchaseModel}: the model, its log-likelihood and how the
 * optimiser got there.
 *
 * @since 0.2
 */
public sealed interface PurchaseFit permits BgNbdFit, MbgNbdFit, ParetoNbdFit {

    /** The maximum-(penalised-)likelihood model. */
    PurchaseModel model();

    /** Σ log-likelihood over customers at the fitted parameters, without the penalty, in the data's unit. */
    double logLikelihood();

    /** The L2 penalizer coefficient used. */
    double penalizer();

    /** Number of customers (sum of weights). */
    double customers();

    /** BFGS iterations. */
    int iterations();

    /** Standard error per parameter name from the Hessian; NaN where it is singular. */
    Map<String, Double> standardErrors();
}
