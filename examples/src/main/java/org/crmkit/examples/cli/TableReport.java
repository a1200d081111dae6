package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.Locale;
import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.RepeatPurchaseSummary;

/**
 * The table form, for reading at a terminal: the summary, then one aligned line per customer with
 * figures rounded for reading (recency and T 2 decimals, P(alive) and expected purchases 4, money 2).
 */
final class TableReport {

    private static final int MAX_ID_WIDTH = 40;
    private static final String[] COLUMNS = {"frequency", "recency", "T", "monetaryValue", "pAlive", "expectedPurchases", "clv"};
    private static final int[] WIDTHS = {9, 9, 9, 13, 8, 17, 12};
    private static final int[] DECIMALS = {0, 2, 2, 2, 4, 4, 2};

    private TableReport() {}

    static void write(AnalysisResult r, boolean summaryOnly, ReportOutput out) throws IOException {
        out.write(summary(r));
        if (summaryOnly) {
            return;
        }
        int idWidth = "customerId".length();
        for (int i = 0; i < r.customers(); i++) {
            idWidth = Math.max(idWidth, Math.min(MAX_ID_WIDTH, r.ids().length(r.readerIndex()[i])));
        }
        ByteSink header = new ByteSink(256).ch('\n').ascii("customerId").spaces(idWidth - "customerId".length());
        for (int c = 0; c < COLUMNS.length; c++) {
            header.spaces(WIDTHS[c] - COLUMNS[c].length() + 2).ascii(COLUMNS[c]);
        }
        out.write(header.ascii("  rfmSegment\n"));
        RepeatPurchaseSummary s = r.summary();
        CustomerForecasts forecasts = r.forecasts();
        double[] clv = r.clv();
        int width = idWidth;
        RowChunks.write(r.customers(), (from, to, sink) -> {
            ByteSink cell = new ByteSink(32);
            double[] values = new double[COLUMNS.length];
            for (int i = from; i < to; i++) {
                int id = r.readerIndex()[i];
                r.ids().appendTo(id, sink);
                sink.spaces(width - r.ids().length(id));
                values[0] = s.frequency(i);
                values[1] = s.recency(i);
                values[2] = s.age(i);
                values[3] = s.monetaryValue(i);
                values[4] = forecasts.probabilityAlive(i);
                values[5] = forecasts.expectedPurchases(i);
                values[6] = clv[i];
                for (int c = 0; c < values.length; c++) {
                    cell.clear();
                    cell.fixed(values[c], DECIMALS[c]);
                    sink.spaces(WIDTHS[c] - cell.size() + 2);
                    sink.bytes(cell);
                }
                sink.spaces(2).ascii(r.segments()[i].name()).ch('\n');
            }
        }, out);
    }

    private static ByteSink summary(AnalysisResult r) {
        GammaGammaModel gg = r.spend().model();
        AnalysisSettings settings = r.settings();
        AnalysisResult.InputCounts input = r.input();
        ByteSink sink = new ByteSink(1024);
        line(sink, "customers", String.format(Locale.ROOT, "%,d (%,d repeat; %,d repeat with spend 0, left out of Gamma-Gamma)",
                r.customers(), r.summary().repeatBuyers(), r.spend().excludedZeroSpend()));
        line(sink, "period", String.format(Locale.ROOT, "%s; calibration end %s, observation end %s",
                settings.unit().name().toLowerCase(Locale.ROOT), r.window().calibrationEnd(), r.window().observationEnd()));
        line(sink, "input", String.format(Locale.ROOT, "%,d rows; %,d after the observation end left out; %,d bad rows skipped;"
                + " %,d customers first buying after the calibration end left out", input.rows(), input.afterObservationEnd(),
                input.badRowsSkipped(), input.firstBoughtInHoldout()));
        line(sink, r.purchases().model().kind().label(), String.format(Locale.ROOT, "%s  log-likelihood %.2f",
                ModelText.parameters(r.purchases().model(), "  "), r.purchases().logLikelihood()));
        if (r.selection() != null) {
            line(sink, "model", "auto chose " + r.purchases().model().kind().label() + ": " + ModelText.selection(r.selection()));
        }
        line(sink, "Gamma-Gamma", String.format(Locale.ROOT, "p %.4f  q %.4f  v %.4f", gg.p(), gg.q(), gg.v()));
        line(sink, "CLV", String.format(Locale.ROOT, "%d months, discount %s a month, margin %s", settings.horizonMonths(),
                JsonReport.number(settings.discountRate()), JsonReport.number(settings.margin())));
        return sink;
    }

    private static void line(ByteSink sink, String label, String text) {
        sink.ascii(label).spaces(14 - label.length()).text(text).ch('\n');
    }
}
