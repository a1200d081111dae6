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
 * The JSON form: {@code {"customers": N, "repeatCustomers": N, "period": "weeks", "bgnbd": {…},
 * "gammaGamma": {…}, …, "customerScores": [{…}, …]}}, one customer per line. Model parameters are
 * written with every digit; per-customer figures with {@value DecimalText#SIGNIFICANT} significant
 * digits.
 */
final class JsonReport {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonReport() {}

    static void write(AnalysisResult r, boolean summaryOnly, ReportOutput out) throws IOException {
        ByteSink head = new ByteSink(2048);
        PurchaseModel pm = r.purchases().model();
        GammaGammaModel gg = r.spend().model();
        AnalysisResult.InputCounts input = r.input();
        head.ascii("{\n  \"customers\": ").integer(r.customers())
                .ascii(",\n  \"repeatCustomers\": ").integer(r.summary().repeatBuyers())
                .ascii(",\n  \"period\": \"").ascii(r.settings().unit().name().toLowerCase(Locale.ROOT)).ch('"');
        if (r.settings().namesModel()) {
            head.ascii(",\n  \"model\": \"").ascii(pm.kind().option()).ch('"');
        }
        head.ascii(",\n  \"").ascii(pm.kind().option()).ascii("\": {");
        pm.parameters().forEach((name, value) -> head.ascii(name.equals("r") ? "\"" : ", \"").ascii(name).ascii("\": ")
                .ascii(number(value)));
        head.ascii(", \"logLikelihood\": ").ascii(number(r.purchases().logLikelihood())).ch('}')
                .ascii(",\n  \"gammaGamma\": {\"p\": ").ascii(number(gg.p())).ascii(", \"q\": ").ascii(number(gg.q()))
                .ascii(", \"v\": ").ascii(number(gg.v())).ch('}')
                .ascii(",\n  \"zeroSpendRepeatCustomers\": ").integer(r.spend().excludedZeroSpend())
                .ascii(",\n  \"calibrationEnd\": \"").ascii(r.window().calibrationEnd().toString()).ch('"')
                .ascii(",\n  \"observationEnd\": \"").ascii(r.window().observationEnd().toString()).ch('"')
                .ascii(",\n  \"horizonMonths\": ").integer(r.settings().horizonMonths())
                .ascii(",\n  \"discountRate\": ").ascii(number(r.settings().discountRate()))
                .ascii(",\n  \"margin\": ").ascii(number(r.settings().margin()))
                .ascii(",\n  \"penalizer\": ").ascii(number(r.settings().penalizer()))
                .ascii(",\n  \"input\": {\"rows\": ").integer(input.rows())
                .ascii(", \"badRowsSkipped\": ").integer(input.badRowsSkipped())
                .ascii(", \"rowsAfterObservationEnd\": ").integer(input.afterObservationEnd())
                .ascii(", \"customersFirstBuyingAfterCalibrationEnd\": ").integer(input.firstBoughtInHoldout()).ch('}');
        if (r.selection() != null) {
            selection(r.selection(), head);
        }
        if (summaryOnly) {
            out.write(head.ascii("\n}\n"));
            return;
        }
        out.write(head.ascii(",\n  \"customerScores\": ["));
        RepeatPurchaseSummary s = r.summary();
        CustomerForecasts forecasts = r.forecasts();
        double[] clv = r.clv();
        HistoryTexts texts = HistoryTexts.of(forecasts);
        RowChunks.write(r.customers(), (from, to, sink) -> {
            for (int i = from; i < to; i++) {
                sink.ascii(i == 0 ? "\n    {\"customerId\": \"" : ",\n    {\"customerId\": \"");
                id(r.ids(), r.readerIndex()[i], sink);
                int x = s.frequency(i);
                int h = forecasts.history(i);
                sink.ascii("\", \"frequency\": ").integer(x);
                sink.ascii(", \"recency\": ").repeatedDecimal(s.recency(i));
                sink.ascii(", \"T\": ").repeatedDecimal(s.age(i));
                sink.ascii(", \"monetaryValue\": ").decimal(s.monetaryValue(i));
                sink.ascii(", \"pAlive\": ");
                texts.alive(h, sink);
                sink.ascii(", \"expectedPurchases\": ");
                texts.expected(h, sink);
                sink.ascii(", \"clv\": ");
                // as in the CSV: without repeats the CLV depends on T alone
                if (x == 0) {
                    sink.repeatedDecimal(clv[i]);
                } else {
                    sink.decimal(clv[i]);
                }
                sink.ascii(", \"rfmSegment\": \"");
                RfmSegments.name(r.segments()[i], sink);
                sink.ch('"').ch('}');
            }
        }, out);
        out.write(new ByteSink(16).ascii(r.customers() == 0 ? "]\n}\n" : "\n  ]\n}\n"));
    }

    /**
     * {@code "modelSelection": {"basis": "holdout" | "logLikelihood", "candidates": [{"model", "logLikelihood",
     * "holdout": {"actual", "predicted", "totalRelativeError", "meanAbsoluteError", "rootMeanSquaredError",
     * "byFrequency": [{"frequency", "customers", "actualMean", "predictedMean"}, …]}} or {"model", "error"}, …]}}.
     */
    private static void selection(PurchaseModelSelection selection, ByteSink sink) {
        sink.ascii(",\n  \"modelSelection\": {\"basis\": \"").ascii(selection.byHoldout() ? "holdout" : "logLikelihood")
                .ascii("\", \"candidates\": [");
        for (int i = 0; i < selection.candidates().size(); i++) {
            PurchaseModelSelection.Candidate c = selection.candidates().get(i);
            sink.ascii(i == 0 ? "\n    {\"model\": \"" : ",\n    {\"model\": \"").ascii(c.kind().option()).ch('"');
            if (c.fit().isEmpty()) {
                sink.ascii(", \"error\": \"").text(escape(c.failure().orElse(""))).ascii("\"}");
                continue;
            }
            sink.ascii(", \"logLikelihood\": ").ascii(number(c.fit().get().logLikelihood()));
            if (c.holdout().isPresent()) {
                HoldoutValidation v = c.holdout().get();
                sink.ascii(", \"holdout\": {\"actual\": ").ascii(number(v.actualPurchases()))
                        .ascii(", \"predicted\": ").ascii(number(v.predictedPurchases()))
                        .ascii(", \"totalRelativeError\": ").ascii(number(v.totalRelativeError()))
                        .ascii(", \"meanAbsoluteError\": ").ascii(number(v.meanAbsoluteError()))
                        .ascii(", \"rootMeanSquaredError\": ").ascii(number(v.rootMeanSquaredError()))
                        .ascii(", \"byFrequency\": [");
                for (int g = 0; g < v.byFrequency().size(); g++) {
                    HoldoutValidation.Group group = v.byFrequency().get(g);
                    sink.ascii(g == 0 ? "{\"frequency\": " : ", {\"frequency\": ").integer(group.frequency())
                            .ascii(", \"customers\": ").integer(group.customers())
                            .ascii(", \"actualMean\": ").ascii(number(group.actualMean()))
                            .ascii(", \"predictedMean\": ").ascii(number(group.predictedMean())).ch('}');
                }
                sink.ascii("]}");
            }
            sink.ch('}');
        }
        sink.ascii("\n  ]}");
    }

    /** A message as the inside of a JSON string. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A finite double with every digit; null for NaN or an infinity, which JSON cannot hold. */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    /** The id as the inside of a JSON string. */
    private static void id(CustomerIds ids, int index, ByteSink sink) {
        if (ids.isNumber(index)) {
            ids.appendTo(index, sink);
            return;
        }
        byte[] arena = ids.arena();
        int from = ids.offset(index);
        int to = from + ids.length(index);
        for (int i = from; i < to; i++) {
            int c = arena[i] & 0xFF;
            if (c == '"' || c == '\\' || c < 0x20) {
                escaped(arena, from, to, sink);
                return;
            }
        }
        sink.bytes(arena, from, to - from);
    }

    private static void escaped(byte[] arena, int from, int to, ByteSink sink) {
        for (int i = from; i < to; i++) {
            int c = arena[i] & 0xFF;
            if (c == '"' || c == '\\') {
                sink.ch('\\').ch((char) c);
            } else if (c < 0x20) {
                sink.ascii("\\u00").ch(HEX[c >> 4]).ch(HEX[c & 0xF]);
            } else {
                sink.bytes(arena, i, 1);
            }
        }
    }
}
