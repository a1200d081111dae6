package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The result of {@link BgBbFitter#fit}.
 *
 * @param model          the maximum-(penalised-)likelihood parameters
 * @param logLikelihood  Σ log-likelihood over customers at the fitted parameters, without the
 *                       penalty (the donations data: about −33,225.6)
 * @param penalizer      the L2 penalizer coefficient used
 * @param customers      number of customers (sum of weights)
 * @param iterations     BFGS iterations
 * @param gradientNorm   largest gradient component of the mean objective at the end
 * @param standardErrors standard error per parameter name ("alpha", "beta", "gamma", "delta");
 *                       NaN if the Hessian is singular
 * @since 0.2
 */
public record BgBbFit(BgBbModel model, double logLikelihood, double penalizer, double customers, int iterations,
        double gradientNorm, Map<String, Double> standardErrors) {

    /** Copies the standard errors. */
    public BgBbFit {
        checkNotNull(model, "model");
        standardErrors = ImmutableMap.copyOf(standardErrors);
    }
}
