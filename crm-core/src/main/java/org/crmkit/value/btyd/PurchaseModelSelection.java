package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits every {@link PurchaseModelKind} to a summary and picks one ("auto"): when the summary has a
 * holdout period, the model with the smallest holdout error by customer ({@link
 * HoldoutValidation#rootMeanSquaredError()}); without one, the model with the highest calibration
 * log-likelihood, which with four parameters each is also the smallest AIC or BIC. A model that
 * cannot be fitted is left out and its reason kept.
 *
 * @param chosen     the fit picked
 * @param byHoldout  whether it was picked by holdout error (else by log-likelihood)
 * @param candidates every model tried, in {@link PurchaseModelKind} order
 * @since 0.2
 */
public record PurchaseModelSelection(PurchaseFit chosen, boolean byHoldout, List<Candidate> candidates) {

    /**
     * One model tried.
     *
     * @param kind       the model
     * @param fit        its fit, or empty if it could not be fitted
     * @param holdout    its holdout validation, or empty without a holdout or a fit
     * @param failure    why it could not be fitted, or empty
     */
    public record Candidate(PurchaseModelKind kind, Optional<PurchaseFit> fit, Optional<HoldoutValidation> holdout,
            Optional<String> failure) {}

    /** Copies the candidates. */
    public PurchaseModelSelection {
        checkNotNull(chosen, "chosen");
        candidates = List.copyOf(candidates);
    }

    /**
     * Fits each model with {@code penalizer} and picks one as the class describes.
     *
     * @throws ModelFitException        if no model can be fitted (the message gives each one's reason)
     * @throws IllegalArgumentException if the penalizer is negative or not finite
     */
    public static PurchaseModelSelection of(RepeatPurchaseSummary summary, double penalizer) {
        checkNotNull(summary, "summary");
        checkArgument(penalizer >= 0 && Double.isFinite(penalizer), "penalizer must be finite and >= 0 but was %s", penalizer);
        boolean holdout = summary.holdoutDuration() > 0 && summary.window().isPresent();
        List<Candidate> candidates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            try {
                PurchaseFit fit = kind.fit(summary, penalizer);
                Optional<HoldoutValidation> validation = holdout ? Optional.of(HoldoutValidation.of(fit.model(), summary))
                        : Optional.empty();
                candidates.add(new Candidate(kind, Optional.of(fit), validation, Optional.empty()));
            } catch (ModelFitException | ArithmeticException e) {
                candidates.add(new Candidate(kind, Optional.empty(), Optional.empty(), Optional.of(e.getMessage())));
                failures.add(kind.label() + ": " + e.getMessage());
            }
        }
        Comparator<Candidate> best = holdout
                ? Comparator.comparingDouble(c -> c.holdout().orElseThrow().rootMeanSquaredError())
                : Comparator.comparingDouble(c -> -c.fit().orElseThrow().logLikelihood());
        Candidate chosen = candidates.stream().filter(c -> c.fit().isPresent()).min(best)
                .orElseThrow(() -> new ModelFitException("no purchase model could be fitted: " + String.join("; ", failures)));
        return new PurchaseModelSelection(chosen.fit().orElseThrow(), holdout, candidates);
    }
}
