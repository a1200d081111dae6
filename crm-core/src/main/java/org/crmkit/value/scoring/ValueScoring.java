package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.crmkit.shared.CustomerId;
import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.CustomerLifetimeValue;
import org.crmkit.value.btyd.GammaGammaFit;
import org.crmkit.value.btyd.GammaGammaFitter;
import org.crmkit.value.btyd.ModelFitException;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseFit;
import org.crmkit.value.btyd.PurchaseModelSelection;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scoring run, without storage: takes a tenant's repeat-purchase summary (counted where the
 * purchases are stored), scores RFM quintiles, fits the chosen purchase model and Gamma-Gamma, forecasts each customer, cuts the
 * value pyramid and hands the values over a page at a time. {@code ValueService.score} runs it and
 * stores the pages; hosts call that.
 *
 * @since 0.2
 */
public final class ValueScoring {

    /** Customers per page handed to the {@link ScoredPage}. */
    public static final int PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(ValueScoring.class);

    /** Receives the scored customers, a page at a time. */
    @FunctionalInterface
    public interface ScoredPage {

        /**
         * One page of values and, by position, the start of each customer's last purchase day in the
         * tenant's zone.
         */
        void accept(List<CustomerValue> values, List<Instant> lastPurchases);
    }

    private ValueScoring() {}

    /**
     * Scores every customer of the summary {@code read} returns, as {@code ValueService.score} documents.
     *
     * @param asOf the observation end
     * @param zone the tenant's zone, in which {@code asOf} falls on the summary's last day
     * @param read reads the tenant's repeat-purchase summary: weeks, without a holdout, up to the
     *     day of {@code asOf} in {@code zone}, keys the customer ids (read inside the timing of the run)
     * @param sink receives the values, {@value #PAGE} customers a page
     * @throws IllegalArgumentException if the summary's window is not that one
     */
    public static ScoringReport run(ScoreCustomers command, Instant asOf, ZoneId zone, Supplier<RepeatPurchaseSummary> read,
            ScoredPage sink) {
        long started = System.nanoTime();
        LocalDate day = LocalDate.ofInstant(asOf, zone);
        RepeatPurchaseSummary summary = read.get();
        checkArgument(summary.window().equals(Optional.of(window(asOf, zone))), "a scoring run as of %s needs the summary window %s but had %s",
                asOf, window(asOf, zone), summary.window());
        int n = summary.size();
        Scores rfm = Scores.of(summary, day);
        List<String> notes = new ArrayList<>();
        CustomerLifetimeValue lifetime = CustomerLifetimeValue.of(command.horizonMonths(), command.monthlyDiscountRate())
                .withMargin(command.margin());
        Optional<PurchaseFit> fitted = fitPurchases(command, summary, notes);
        CustomerForecasts forecasts = fitted.flatMap(fit -> forecast(fit, lifetime, summary, notes)).orElse(null);
        Optional<PurchaseFit> purchases = forecasts == null ? Optional.empty() : fitted;
        Optional<GammaGammaFit> spend = purchases.isEmpty() ? Optional.empty()
                : fit("Gamma-Gamma", notes, () -> GammaGammaFitter.create().withPenalizer(command.penalizer()).fit(summary))
                        .filter(fit -> finiteMeanSpend(fit, notes));
        if (purchases.isPresent() && spend.isEmpty()) {
            notes.add("expected spend and CLV use each customer's own mean spend per purchase");
        }
        notes.forEach(note -> log.info("value scoring of {}: {}", command.tenantId(), note));
        double[] spendPerPurchase = new double[n];
        double[] worth = new double[n];
        for (int i = 0; i < n; i++) {
            int x = summary.frequency(i);
            spendPerPurchase[i] = spend.isPresent() ? spend.get().model().expectedAverageSpend(x, summary.monetaryValue(i))
                    : summary.totalValue(i) / (x + 1);
            worth[i] = forecasts != null ? forecasts.lifetimeValue(i, spendPerPurchase[i]) : summary.totalValue(i);
        }
        double[] thresholds = command.pyramid().thresholds(worth.clone(), n);
        Map<RfmSegment, Long> segments = new EnumMap<>(RfmSegment.class);
        Map<ValueLevel, Long> levels = new EnumMap<>(ValueLevel.class);
        List<CustomerValue> page = new ArrayList<>(PAGE);
        List<Instant> lastPurchases = new ArrayList<>(PAGE);
        for (int i = 0; i < n; i++) {
            RfmScore score = rfm.score(i);
            Optional<Prediction> prediction = forecasts == null ? Optional.empty()
                    : Optional.of(new Prediction(forecasts.probabilityAlive(i), forecasts.expectedPurchases(i),
                            money(spendPerPurchase[i]), money(worth[i])));
            ValueLevel level = ValuePyramid.levelOf(worth[i], thresholds);
            segments.merge(score.segment(), 1L, Long::sum);
            levels.merge(level, 1L, Long::sum);
            page.add(new CustomerValue(command.tenantId(), CustomerId.of(summary.customerKey(i)), asOf, score, prediction, level));
            lastPurchases.add(summary.lastPurchase(i).atStartOfDay(zone).toInstant());
            if (page.size() == PAGE || i == n - 1) {
                sink.accept(List.copyOf(page), List.copyOf(lastPurchases));
                page.clear();
                lastPurchases.clear();
            }
        }
        ScoringReport report = new ScoringReport(asOf, n, summary.repeatBuyers(), purchases, spend, notes, segments, levels,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("value scoring of {} as of {}: {} customers, {} repeat, took {}", command.tenantId(), asOf, n, summary.repeatBuyers(),
                report.took());
        return report;
    }

    /** The repeat-purchase summary window of a scoring run as of {@code asOf}: weeks, up to its day in {@code zone}. */
    public static SummaryWindow window(Instant asOf, ZoneId zone) {
        return SummaryWindow.until(PeriodUnit.WEEKS, LocalDate.ofInstant(asOf, zone));
    }

    private static Optional<PurchaseFit> fitPurchases(ScoreCustomers command, RepeatPurchaseSummary summary, List<String> notes) {
        PurchaseModelChoice choice = command.purchaseModel();
        if (choice.kind().isPresent()) {
            return fit(choice.kind().get().label(), notes, () -> choice.kind().get().fit(summary, command.penalizer()));
        }
        Optional<PurchaseModelSelection> selection = fit("purchase model", notes,
                () -> PurchaseModelSelection.of(summary, command.penalizer()));
        selection.ifPresent(s -> notes.add(String.format(Locale.ROOT, "auto chose %s: highest log-likelihood of %s",
                s.chosen().model().kind().label(), describe(s))));
        return selection.map(PurchaseModelSelection::chosen);
    }

    private static String describe(PurchaseModelSelection selection) {
        List<String> parts = new ArrayList<>();
        selection.candidates().forEach(c -> parts.add(c.kind().label() + " " + c.fit()
                .map(f -> String.format(Locale.ROOT, "%.2f", f.logLikelihood())).orElse("not fitted")));
        return String.join(", ", parts);
    }

    private static <T> Optional<T> fit(String model, List<String> notes, java.util.function.Supplier<T> fitting) {
        try {
            return Optional.of(fitting.get());
        } catch (ModelFitException | IllegalArgumentException e) {
            notes.add(model + " not fitted: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Every customer's forecasts under the fitted model, or empty with a note if the model cannot
     * forecast them all: a series that does not converge, or a value that is not finite. A run then
     * scores without predictions rather than store a number that is not one.
     */
    private static Optional<CustomerForecasts> forecast(PurchaseFit fit, CustomerLifetimeValue lifetime, RepeatPurchaseSummary summary,
            List<String> notes) {
        String model = fit.model().kind().label();
        try {
            CustomerForecasts forecasts = CustomerForecasts.of(fit.model(), lifetime, summary);
            long broken = IntStream.range(0, forecasts.size())
                    .filter(i -> !Double.isFinite(forecasts.probabilityAlive(i)) || !Double.isFinite(forecasts.expectedPurchases(i))
                            || !Double.isFinite(forecasts.lifetimeValue(i, 1.0)))
                    .count();
            if (broken == 0) {
                return Optional.of(forecasts);
            }
            notes.add(String.format(Locale.ROOT, "no predictions: %s (%s) gives no finite forecast for %,d customers", model,
                    fit.model(), broken));
        } catch (ArithmeticException e) {
            notes.add("no predictions: " + model + " cannot forecast every customer: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether the spend fit has a finite population mean (q > 1), which every expected spend needs; notes it if not. */
    private static boolean finiteMeanSpend(GammaGammaFit fit, List<String> notes) {
        if (fit.model().q() > 1) {
            return true;
        }
        notes.add(String.format(Locale.ROOT, "Gamma-Gamma not used: its fit %s has q <= 1, an infinite mean spend", fit.model()));
        return false;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** RFM inputs and their quintile cut points. */
    private record Scores(long[] recencyDays, long[] days, double[] spend, RfmQuintiles r, RfmQuintiles f, RfmQuintiles m) {

        static Scores of(RepeatPurchaseSummary s, LocalDate day) {
            int n = s.size();
            long[] recency = new long[n];
            long[] days = new long[n];
            double[] spend = new double[n];
            double[] rv = new double[n];
            double[] fv = new double[n];
            for (int i = 0; i < n; i++) {
                recency[i] = Math.max(0, day.toEpochDay() - s.lastPurchase(i).toEpochDay());
                days[i] = s.frequency(i) + 1L;
                spend[i] = s.totalValue(i);
                rv[i] = recency[i];
                fv[i] = days[i];
            }
            return new Scores(recency, days, spend, RfmQuintiles.of(rv), RfmQuintiles.of(fv), RfmQuintiles.of(spend));
        }

        RfmScore score(int i) {
            int rs = r.reverseScore(recencyDays[i]);
            int fs = f.score(days[i]);
            return new RfmScore(recencyDays[i], days[i], money(spend[i]), rs, fs, m.score(spend[i]), RfmSegment.of(rs, fs));
        }
    }
}
