package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The result of {@link ShiftedBetaGeometricFitter#fit}.
 *
 * @param model          the maximum-(penalised-)likelihood parameters
 * @param logLikelihood  the log-likelihood at the fitted parameters, without the penalty
 * @param penalizer      the L2 penalizer coefficient used
 * @param customers      the cohort's size at period 0
 * @param iterations     BFGS iterations
 * @param standardErrors standard error per parameter name ("alpha", "beta"); NaN if the Hessian is singular
 * @since 0.2
 */
public record ShiftedBetaGeometricFit(ShiftedBetaGeometricModel model, double logLikelihood, double penalizer, double customers,
        int iterations, Map<String, Double> standardErrors) {

    /** Copies the standard errors. */
    public ShiftedBetaGeometricFit {
        checkNotNull(model, "model");
        standardErrors = ImmutableMap.copyOf(standardErrors);
    }
}
