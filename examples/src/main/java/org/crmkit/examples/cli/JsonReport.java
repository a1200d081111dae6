package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.Locale;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.CustomerForecasts;
import org.crmkit.value.btyd.GammaGammaModel;
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
        BgNbdModel bg = r.purchases().model();
        GammaGammaModel gg = r.spend().model();
        AnalysisResult.InputCounts input = r.input();
        head.ascii("{\n  \"customers\": ").integer(r.customers())
                .ascii(",\n  \"repeatCustomers\": ").integer(r.summary().repeatBuyers())
                .ascii(",\n  \"period\": \"").ascii(r.settings().unit().name().toLowerCase(Locale.ROOT)).ch('"')
                .ascii(",\n  \"bgnbd\": {\"r\": ").ascii(number(bg.r())).ascii(", \"alpha\": ").ascii(number(bg.alpha()))
                .ascii(", \"a\": ").ascii(number(bg.a())).ascii(", \"b\": ").ascii(number(bg.b()))
                .ascii(", \"logLikelihood\": ").ascii(number(r.purchases().logLikelihood())).ch('}')
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
        if (summaryOnly) {
            out.write(head.ascii("\n}\n"));
            return;
        }
        out.write(head.ascii(",\n  \"customerScores\": ["));
        RepeatPurchaseSummary s = r.summary();
        CustomerForecasts forecasts = r.forecasts();
        double[] clv = r.clv();
        RowChunks.write(r.customers(), (from, to, sink) -> {
            for (int i = from; i < to; i++) {
                sink.ascii(i == 0 ? "\n    {\"customerId\": \"" : ",\n    {\"customerId\": \"");
                id(r.ids(), r.readerIndex()[i], sink);
                sink.ascii("\", \"frequency\": ").integer(s.frequency(i));
                sink.ascii(", \"recency\": ").repeatedDecimal(s.recency(i));
                sink.ascii(", \"T\": ").repeatedDecimal(s.age(i));
                sink.ascii(", \"monetaryValue\": ").decimal(s.monetaryValue(i));
                sink.ascii(", \"pAlive\": ").decimal(forecasts.probabilityAlive(i));
                sink.ascii(", \"expectedPurchases\": ").decimal(forecasts.expectedPurchases(i));
                sink.ascii(", \"clv\": ").decimal(clv[i]);
                sink.ascii(", \"rfmSegment\": \"").ascii(r.segments()[i].name()).ascii("\"}");
            }
        }, out);
        out.write(new ByteSink(16).ascii(r.customers() == 0 ? "]\n}\n" : "\n  ]\n}\n"));
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
