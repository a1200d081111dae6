package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The result of {@link GammaGammaFitter#fit}.
 *
 * @param model               the maximum-(penalised-)likelihood parameters
 * @param logLikelihood       Σ log-likelihood over the repeat buyers used, without the penalty
 * @param penalizer           the L2 penalizer coefficient used
 * @param customers           repeat buyers the model was fitted on (sum of weights)
 * @param excludedZeroSpend   repeat buyers left out because their monetary value was 0
 * @param iterations          BFGS iterations
 * @param evaluations         likelihood-and-gradient evaluations
 * @param gradientNorm        largest gradient component of the mean objective at the end
 * @param standardErrors      standard error per parameter name ("p", "q", "v"); NaN if singular
 * @since 0.1
 */
public record GammaGammaFit(GammaGammaModel model, double logLikelihood, double penalizer, double customers,
        int excludedZeroSpend, int iterations, int evaluations, double gradientNorm, Map<String, Double> standardErrors) {

    /** Copies the standard errors. */
    public GammaGammaFit {
        checkNotNull(model, "model");
        standardErrors = ImmutableMap.copyOf(standardErrors);
    }
}
