package org.crmkit.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.crmkit.customer.LifecycleAutomation;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scoring run: streams the tenant's purchases into compact per-customer summaries, scores RFM
 * quintiles, fits BG/NBD and Gamma-Gamma, predicts, cuts the pyramid and stores a page of values
 * per unit of work.
 */
final class ValueScoring {

    private static final Logger log = LoggerFactory.getLogger(ValueScoring.class);
    private static final int BATCH = 500;

    private final CustomerValues values;
    private final LifecycleAutomation lifecycle;
    private final TransactionRunner transactions;

    ValueScoring(CustomerValues values, LifecycleAutomation lifecycle, TransactionRunner transactions) {
        this.values = values;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
    }

    /** @param stream streams every purchase of the tenant to a sink and returns how many it streamed */
    ScoringReport run(ScoreCustomers command, Instant asOf, ZoneId zone, ToLongFunction<Consumer<Purchase>> stream) {
        long started = System.nanoTime();
        LocalDate day = LocalDate.ofInstant(asOf, zone);
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.WEEKS, day))
                .zone(zone).ignoreRowsAfterObservationEnd();
        stream.applyAsLong(p -> {
            if (!p.fullyRefunded() && !p.purchasedAt().isAfter(asOf)) {
                builder.purchase(p.customerId().value(), p.purchasedAt(), p.net().amount().doubleValue());
            }
        });
        RepeatPurchaseSummary summary = builder.build();
        int n = summary.size();
        Scores rfm = Scores.of(summary, day);
        List<String> notes = new ArrayList<>();
        Optional<BgNbdFit> purchases = fit("BG/NBD", notes, () -> BgNbdFitter.create().withPenalizer(command.penalizer()).fit(summary));
        Optional<GammaGammaFit> spend = purchases.isEmpty() ? Optional.empty()
                : fit("Gamma-Gamma", notes, () -> GammaGammaFitter.create().withPenalizer(command.penalizer()).fit(summary));
        if (purchases.isPresent() && spend.isEmpty()) {
            notes.add("expected spend and CLV use each customer's own mean spend per purchase");
        }
        notes.forEach(note -> log.info("value scoring of {}: {}", command.tenantId(), note));
        CustomerLifetimeValue lifetime = CustomerLifetimeValue.of(command.horizonMonths(), command.monthlyDiscountRate())
                .withMargin(command.margin());
        double[] clv = purchases.isEmpty() ? null : new double[n];
        double[] spendPerPurchase = new double[n];
        double[] pAlive = null;
        double[] expected = null;
        if (purchases.isPresent()) {
            // every model quantity once per distinct (x, t_x, T) history, not once per customer
            BgNbdModel bg = purchases.get().model();
            pAlive = bg.probabilityAlive(summary);
            expected = bg.expectedPurchases(command.horizonMonths() * summary.unit().periodsPerMonth(), summary);
            double[] discounted = lifetime.discountedPurchases(bg, summary);
            for (int i = 0; i < n; i++) {
                int x = summary.frequency(i);
                spendPerPurchase[i] = spend.isPresent() ? spend.get().model().expectedAverageSpend(x, summary.monetaryValue(i))
                        : summary.totalValue(i) / (x + 1);
                clv[i] = lifetime.margin() * spendPerPurchase[i] * discounted[i];
            }
        }
        double[] worth = new double[n];
        for (int i = 0; i < n; i++) {
            worth[i] = clv != null ? clv[i] : summary.totalValue(i);
        }
        double[] thresholds = command.pyramid().thresholds(worth.clone(), n);
        Map<RfmSegment, Long> segments = new EnumMap<>(RfmSegment.class);
        Map<ValueLevel, Long> levels = new EnumMap<>(ValueLevel.class);
        List<CustomerValue> batch = new ArrayList<>(BATCH);
        List<Instant> lastPurchases = new ArrayList<>(BATCH);
        for (int i = 0; i < n; i++) {
            RfmScore score = rfm.score(i);
            Optional<Prediction> prediction = purchases.isEmpty() ? Optional.empty()
                    : Optional.of(new Prediction(pAlive[i], expected[i], money(spendPerPurchase[i]), money(clv[i])));
            ValueLevel level = ValuePyramid.levelOf(worth[i], thresholds);
            segments.merge(score.segment(), 1L, Long::sum);
            levels.merge(level, 1L, Long::sum);
            batch.add(new CustomerValue(command.tenantId(), CustomerId.of(summary.customerKey(i)), asOf, score, prediction, level));
            lastPurchases.add(summary.lastPurchase(i).atStartOfDay(zone).toInstant());
            if (batch.size() == BATCH || i == n - 1) {
                List<CustomerValue> page = List.copyOf(batch);
                List<Instant> last = List.copyOf(lastPurchases);
                transactions.run(() -> {
                    values.saveAll(page);
                    for (int k = 0; k < page.size(); k++) {
                        CustomerValue v = page.get(k);
                        lifecycle.afterScoring(v.tenantId(), v.customerId(), last.get(k), asOf, v.prediction()
                                .map(p -> OptionalDouble.of(p.pAlive())).orElse(OptionalDouble.empty()));
                    }
                });
                batch.clear();
                lastPurchases.clear();
            }
        }
        ScoringReport report = new ScoringReport(asOf, n, summary.repeatBuyers(), purchases, spend, notes, segments, levels,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("value scoring of {} as of {}: {} customers, {} repeat, took {}", command.tenantId(), asOf, n, summary.repeatBuyers(),
                report.took());
        return report;
    }

    private static <T> Optional<T> fit(String model, List<String> notes, java.util.function.Supplier<T> fitting) {
        try {
            return Optional.of(fitting.get());
        } catch (ModelFitException | IllegalArgumentException e) {
            notes.add(model + " not fitted: " + e.getMessage());
            return Optional.empty();
        }
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** RFM inputs and their quintile cut points. */
    private record Scores(long[] recencyDays, long[] days, double[] spend, Quintiles r, Quintiles f, Quintiles m) {

        static Scores of(RepeatPurchaseSummary s, LocalDate day) {
            int n = s.size();
            long[] recency = new long[n];
            long[] days = new long[n];
            double[] spend = new double[n];
            double[] rv = new double[n];
            double[] fv = new double[n];
            double[] mv = new double[n];
            for (int i = 0; i < n; i++) {
                recency[i] = Math.max(0, day.toEpochDay() - s.lastPurchase(i).toEpochDay());
                days[i] = s.frequency(i) + 1L;
                spend[i] = s.totalValue(i);
                rv[i] = recency[i];
                fv[i] = days[i];
                mv[i] = spend[i];
            }
            return new Scores(recency, days, spend, Quintiles.of(rv, n), Quintiles.of(fv, n), Quintiles.of(mv, n));
        }

        RfmScore score(int i) {
            int rs = r.reverseScore(recencyDays[i]);
            int fs = f.score(days[i]);
            return new RfmScore(recencyDays[i], days[i], money(spend[i]), rs, fs, m.score(spend[i]), RfmSegment.of(rs, fs));
        }
    }
}
