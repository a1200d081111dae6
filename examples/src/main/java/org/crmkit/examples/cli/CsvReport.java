package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.Locale;
import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.HoldoutValidation;
import org.crmkit.value.btyd.PurchaseModel;
import org.crmkit.value.btyd.PurchaseModelSelection;
import org.crmkit.value.btyd.RepeatPurchaseSummary;

/**
 * The CSV form: a header and one line per customer (customerId, frequency, recency, T,
 * monetaryValue, pAlive, expectedPurchases, clv, rfmSegment); with --summary-only, the summary as
 * {@code name,value} lines instead.
 */
final class CsvReport {

    static final String HEADER = "customerId,frequency,recency,T,monetaryValue,pAlive,expectedPurchases,clv,rfmSegment\n";

    private CsvReport() {}

    static void write(AnalysisResult r, boolean summaryOnly, ReportOutput out) throws IOException {
        if (summaryOnly) {
            out.write(summary(r));
            return;
        }
        out.write(new ByteSink(128).ascii(HEADER));
        RepeatPurchaseSummary s = r.summary();
        CustomerForecasts forecasts = r.forecasts();
        double[] clv = r.clv();
        HistoryTexts texts = HistoryTexts.of(forecasts);
        RowChunks.write(r.customers(), (from, to, sink) -> {
            for (int i = from; i < to; i++) {
                id(r.ids(), r.readerIndex()[i], sink);
                int x = s.frequency(i);
                int h = forecasts.history(i);
                sink.ch(',').integer(x)
                        .ch(',').repeatedDecimal(s.recency(i))
                        .ch(',').repeatedDecimal(s.age(i))
                        .ch(',').decimal(s.monetaryValue(i))
                        .ch(',');
                texts.alive(h, sink);
                sink.ch(',');
                texts.expected(h, sink);
                sink.ch(',');
                // without repeats the CLV depends on T alone, which runs of customers share; with repeats it hardly repeats
                (x == 0 ? sink.repeatedDecimal(clv[i]) : sink.decimal(clv[i])).ch(',');
                RfmSegments.name(r.segments()[i], sink);
                sink.ch('\n');
            }
        }, out);
    }

    private static ByteSink summary(AnalysisResult r) {
        PurchaseModel pm = r.purchases().model();
        GammaGammaModel gg = r.spend().model();
        ByteSink sink = new ByteSink(1024).ascii("name,value\n");
        line(sink, "customers", Integer.toString(r.customers()));
        line(sink, "repeatCustomers", Integer.toString(r.summary().repeatBuyers()));
        line(sink, "period", r.settings().unit().name().toLowerCase(Locale.ROOT));
        String prefix = pm.kind().option();
        if (r.settings().namesModel()) {
            line(sink, "model", prefix);
        }
        pm.parameters().forEach((name, value) -> line(sink, prefix + "." + name, Double.toString(value)));
        line(sink, prefix + ".logLikelihood", Double.toString(r.purchases().logLikelihood()));
        line(sink, "gammaGamma.p", Double.toString(gg.p()));
        line(sink, "gammaGamma.q", Double.toString(gg.q()));
        line(sink, "gammaGamma.v", Double.toString(gg.v()));
        line(sink, "zeroSpendRepeatCustomers", Integer.toString(r.spend().excludedZeroSpend()));
        line(sink, "calibrationEnd", r.window().calibrationEnd().toString());
        line(sink, "observationEnd", r.window().observationEnd().toString());
        line(sink, "rows", Long.toString(r.input().rows()));
        line(sink, "badRowsSkipped", Long.toString(r.input().badRowsSkipped()));
        line(sink, "rowsAfterObservationEnd", Long.toString(r.input().afterObservationEnd()));
        line(sink, "customersFirstBuyingAfterCalibrationEnd", Integer.toString(r.input().firstBoughtInHoldout()));
        if (r.selection() != null) {
            selection(r.selection(), sink);
        }
        return sink;
    }

    /** selection.basis, then per candidate selection.MODEL.logLikelihood and, with a holdout, selection.MODEL.holdout.*. */
    private static void selection(PurchaseModelSelection selection, ByteSink sink) {
        line(sink, "selection.basis", selection.byHoldout() ? "holdout" : "logLikelihood");
        for (PurchaseModelSelection.Candidate c : selection.candidates()) {
            String prefix = "selection." + c.kind().option();
            if (c.fit().isEmpty()) {
                line(sink, prefix + ".fitted", "false");
                continue;
            }
            line(sink, prefix + ".logLikelihood", Double.toString(c.fit().get().logLikelihood()));
            if (c.holdout().isPresent()) {
                HoldoutValidation v = c.holdout().get();
                line(sink, prefix + ".holdout.actual", Double.toString(v.actualPurchases()));
                line(sink, prefix + ".holdout.predicted", Double.toString(v.predictedPurchases()));
                line(sink, prefix + ".holdout.totalRelativeError", Double.toString(v.totalRelativeError()));
                line(sink, prefix + ".holdout.meanAbsoluteError", Double.toString(v.meanAbsoluteError()));
                line(sink, prefix + ".holdout.rootMeanSquaredError", Double.toString(v.rootMeanSquaredError()));
            }
        }
    }

    private static void line(ByteSink sink, String name, String value) {
        sink.ascii(name).ch(',').ascii(value).ch('\n');
    }

    /** The id as a CSV field, quoted if it holds a comma, quote or line break. */
    private static void id(CustomerIds ids, int index, ByteSink sink) {
        if (ids.isNumber(index)) {
            ids.appendTo(index, sink);
            return;
        }
        byte[] arena = ids.arena();
        int from = ids.offset(index);
        int to = from + ids.length(index);
        boolean quote = false;
        for (int i = from; i < to && !quote; i++) {
            byte c = arena[i];
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sink.bytes(arena, from, to - from);
            return;
        }
        sink.ch('"');
        for (int i = from; i < to; i++) {
            if (arena[i] == '"') {
                sink.ch('"');
            }
            sink.bytes(arena, i, 1);
        }
        sink.ch('"');
    }
}
