package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The result of {@link ParetoNbdFitter#fit}: the model, its log-likelihood and how the optimiser
 * got there.
 *
 * @param model          the maximum-(penalised-)likelihood parameters
 * @param logLikelihood  Σ log-likelihood over customers at the fitted parameters, without the
 *                       penalty, in the data's period unit (CDNOW in weeks: about −9595.0)
 * @param penalizer      the L2 penalizer coefficient used
 * @param customers      number of customers (sum of weights)
 * @param distinctRows   distinct (x, t_x, T) histories the likelihood ran over
 * @param iterations     BFGS iterations
 * @param gradientNorm   largest gradient component of the mean objective at the end
 * @param standardErrors standard error per parameter name ("r", "alpha", "s", "beta"); NaN if the
 *                       Hessian is singular
 * @since 0.2
 */
public record ParetoNbdFit(ParetoNbdModel model, double logLikelihood, double penalizer, double customers, int distinctRows,
        int iterations, double gradientNorm, Map<String, Double> standardErrors) implements PurchaseFit {

    /** Copies the standard errors. */
    public ParetoNbdFit {
        checkNotNull(model, "model");
        standardErrors = ImmutableMap.copyOf(standardErrors);
    }
}
