package org.crmkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmkit.value.btyd.HoldoutValidation;
import org.crmkit.value.btyd.PurchaseModel;
import org.crmkit.value.btyd.PurchaseModelSelection;

/** The purchase model and, with --model auto, the selection, in words for the reports and progress lines. */
final class ModelText {

    private ModelText() {}

    /** "r 0.2426{sep}alpha 4.4136{sep}…", 4 decimals. */
    static String parameters(PurchaseModel model, String separator) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> p : model.parameters().entrySet()) {
            parts.add(p.getKey() + " " + Progress.decimals(p.getValue(), 4));
        }
        return String.join(separator, parts);
    }

    /** Why auto chose what it chose, with each candidate's figure. */
    static String selection(PurchaseModelSelection selection) {
        List<String> parts = new ArrayList<>();
        for (PurchaseModelSelection.Candidate c : selection.candidates()) {
            if (c.fit().isEmpty()) {
                parts.add(c.kind().label() + " not fitted");
            } else if (c.holdout().isPresent()) {
                HoldoutValidation v = c.holdout().get();
                parts.add(String.format(Locale.ROOT, "%s RMSE %.4f (holdout predicted %.1f of %.0f)", c.kind().label(),
                        v.rootMeanSquaredError(), v.predictedPurchases(), v.actualPurchases()));
            } else {
                parts.add(String.format(Locale.ROOT, "%s log-likelihood %.2f", c.kind().label(), c.fit().get().logLikelihood()));
            }
        }
        return (selection.byHoldout() ? "smallest holdout RMSE by customer" : "no holdout, highest log-likelihood") + " of "
                + String.join(", ", parts);
    }
}
