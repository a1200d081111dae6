package org.crmkit.examples.cli;

import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.GammaGammaFit;
import org.crmkit.value.btyd.PurchaseFit;
import org.crmkit.value.btyd.PurchaseModelSelection;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.scoring.RfmSegment;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code crm analyze} reports: the summary, both fits, the per-customer scores and the
 * input counts.
 *
 * @param settings     what was asked
 * @param window       the calibration and observation ends used
 * @param summary      frequency, recency, T and monetary value per customer
 * @param ids          the customer ids as read
 * @param readerIndex  each summary customer's index in {@code ids}
 * @param purchases    the purchase-model fit (BG/NBD, MBG/NBD or Pareto/NBD)
 * @param selection    with --model auto, every model tried and why this one; else null
 * @param spend        the Gamma-Gamma fit
 * @param forecasts    P(alive) and expected purchases per summary customer
 * @param clv          CLV per summary customer
 * @param segments     RFM segment per summary customer
 * @param input        what the input held
 */
record AnalysisResult(AnalysisSettings settings, SummaryWindow window, RepeatPurchaseSummary summary, CustomerIds ids,
        int[] readerIndex, PurchaseFit purchases, @Nullable PurchaseModelSelection selection, GammaGammaFit spend,
        CustomerForecasts forecasts, double[] clv, RfmSegment[] segments, InputCounts input) {

    /**
     * @param rows                 good rows read
     * @param badRowsSkipped       malformed rows skipped with --skip-bad-rows
     * @param afterObservationEnd  rows dated after the observation end, left out
     * @param firstBoughtInHoldout customers whose first purchase is after the calibration end, left out
     */
    record InputCounts(long rows, long badRowsSkipped, long afterObservationEnd, int firstBoughtInHoldout) {}

    /** Number of customers scored. */
    int customers() {
        return summary.size();
    }
}
