package org.crmkit.examples.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.GammaGammaFit;
import org.crmkit.value.btyd.GammaGammaFitter;
import org.crmkit.value.btyd.ModelFitException;
import org.crmkit.value.btyd.PurchaseFit;
import org.crmkit.value.btyd.PurchaseModelKind;
import org.crmkit.value.btyd.PurchaseModelSelection;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.scoring.RfmSegment;

/**
 * The analysis behind {@code crm analyze}: order rows to a repeat-purchase summary, purchase-model
 * (BG/NBD, MBG/NBD, Pareto/NBD, or the best of them by holdout error) and Gamma-Gamma fits, per-customer P(alive), expected purchases, CLV and RFM segment.
 */
final class ValueAnalysis {

    private ValueAnalysis() {}

    /**
     * @throws CliFailure if there is nothing to analyse or a model cannot be fitted
     */
    static AnalysisResult run(OrderRows rows, AnalysisSettings settings, Progress progress) {
        if (rows.size() == 0) {
            throw new CliFailure("no order rows to analyse");
        }
        SummaryWindow window = settings.window(LocalDate.ofEpochDay(rows.maxDay()));
        RepeatPurchaseSummary summary = rows.summary(window);
        if (summary.size() == 0) {
            throw new CliFailure("no orders on or before the calibration end " + window.calibrationEnd());
        }
        int n = summary.size();
        int[] readerIndex = new int[n];
        Parallel.forRanges(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                readerIndex[i] = (int) summary.longCustomerKey(i);
            }
        });
        progress.step("summarised " + Progress.count(n) + " customers (" + Progress.count(summary.repeatBuyers()) + " repeat; "
                + settings.unit().name().toLowerCase(Locale.ROOT) + "; calibration end " + window.calibrationEnd() + ")");
        // the fits and the RFM quintiles are independent: the Gamma-Gamma fit and RFM run beside the BG/NBD fit; both
        // fitters are made here first, so their loggers start on this thread (slf4j warns when two threads race to start it)
        GammaGammaFitter spendFitter = GammaGammaFitter.create().withPenalizer(settings.penalizer());
        CompletableFuture<GammaGammaFit> spendFit = CompletableFuture.supplyAsync(
                () -> fit("Gamma-Gamma", () -> spendFitter.fit(summary)));
        CompletableFuture<RfmSegment[]> rfm = CompletableFuture.supplyAsync(() -> RfmSegments.of(summary));
        PurchaseModelKind named = settings.model().kind().orElse(null);
        PurchaseModelSelection selection = named != null ? null
                : fit("auto", () -> PurchaseModelSelection.of(summary, settings.penalizer()));
        PurchaseFit purchases = named != null ? fit(named.label(), () -> named.fit(summary, settings.penalizer()))
                : selection.chosen();
        GammaGammaFit spend = Futures.join(spendFit);
        RfmSegment[] segments = Futures.join(rfm);
        if (!(spend.model().q() > 1)) {
            throw new CliFailure(String.format(Locale.ROOT, "the Gamma-Gamma fit has q = %.4f <= 1, so the mean spend per purchase"
                    + " is infinite; try --penalizer 0.001", spend.model().q()));
        }
        progress.step("fitted " + purchases.model().kind().label() + " " + ModelText.parameters(purchases.model(), ", ")
                + ", log-likelihood " + Progress.decimals(purchases.logLikelihood(), 2) + " (" + purchases.iterations()
                + " iterations) and Gamma-Gamma p " + Progress.decimals(spend.model().p(), 4)
                + ", q " + Progress.decimals(spend.model().q(), 4) + ", v " + Progress.decimals(spend.model().v(), 4)
                + " on " + Progress.groupedDecimals(spend.customers(), 0)
                + " repeat customers (" + Progress.count(spend.excludedZeroSpend()) + " with spend 0 left out)");
        if (selection != null) {
            progress.step("auto chose " + purchases.model().kind().label() + ": " + ModelText.selection(selection));
        }
        CustomerForecasts forecasts = forecast(summary, purchases, settings);
        double[] clv = forecasts.lifetimeValues(spend.model());
        progress.step("scored " + Progress.count(n) + " customers (" + Progress.count(forecasts.distinctPairs())
                + " distinct (x, T) pairs)");
        return new AnalysisResult(settings, window, summary, rows.ids(), readerIndex, purchases, selection, spend, forecasts, clv,
                segments,
                new AnalysisResult.InputCounts(rows.size(), rows.badRows(), summary.ignoredRows(), summary.droppedCustomers()));
    }

    private static CustomerForecasts forecast(RepeatPurchaseSummary summary, PurchaseFit purchases, AnalysisSettings settings) {
        try {
            return CustomerForecasts.of(purchases.model(), settings.lifetimeValue(), summary);
        } catch (ArithmeticException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new CliFailure(String.format(Locale.ROOT, "cannot compute expected purchases over %d months with %s %s (%s); a"
                    + " shorter --horizon-months or, on little data, a --penalizer may help", settings.horizonMonths(),
                    purchases.model().kind().label(), ModelText.parameters(purchases.model(), ", "), root.getMessage()), e);
        }
    }

    private static <T> T fit(String model, java.util.function.Supplier<T> fitting) {
        try {
            return fitting.get();
        } catch (ModelFitException e) {
            throw new CliFailure(model + ": " + e.getMessage() + " (here: --penalizer 0.001)", e);
        } catch (IllegalArgumentException e) {
            // the optimiser can step where a parameter underflows to 0 on small or degenerate data
            throw new CliFailure(model + " fit failed (" + e.getMessage() + "); with few customers try a penalizer, e.g."
                    + " --penalizer 0.01", e);
        }
    }
}
