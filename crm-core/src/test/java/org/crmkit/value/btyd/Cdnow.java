package org.crmkit.value.btyd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CDNOW sample shipped in {@code src/test/resources/cdnow} (from {@code lifetimes}, MIT; see
 * the README there): the raw purchase records and the two published calibration summaries.
 */
final class Cdnow {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);

    /** A published summary row: customer id, x, t_x, T and, where present, zbar. */
    record Row(long id, int x, double tx, double age, double zbar) {}

    private Cdnow() {}

    /** The summary built from the raw records, in weeks, calibration ending 1997-09-30 inclusive. */
    static RepeatPurchaseSummary rawSummary() {
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(
                SummaryWindow.withHoldout(PeriodUnit.WEEKS, CALIBRATION_END, OBSERVATION_END));
        lines("CDNOW_sample.txt", line -> {
            String[] f = line.trim().split("\\s+");
            LocalDate day = LocalDate.of(Integer.parseInt(f[2].substring(0, 4)), Integer.parseInt(f[2].substring(4, 6)),
                    Integer.parseInt(f[2].substring(6, 8)));
            builder.purchase(Long.parseLong(f[1]), day, Double.parseDouble(f[4]));
        });
        return builder.build();
    }

    /** {@code cdnow_customers_summary_with_transactions.csv}: ID, x, t_x, T, zbar rounded to 2 dp. */
    static List<Row> publishedSummary() {
        return published("cdnow_customers_summary_with_transactions.csv");
    }

    /** {@code cdnow_customers_summary.csv}: ID, frequency, recency, T rounded to 2 dp (zbar NaN). */
    static List<Row> publishedFrequencySummary() {
        return published("cdnow_customers_summary.csv");
    }

    private static List<Row> published(String file) {
        List<Row> rows = new ArrayList<>();
        lines(file, line -> {
            if (!line.startsWith("ID")) {
                String[] f = line.trim().split(",");
                rows.add(new Row(Long.parseLong(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        f.length > 4 ? Double.parseDouble(f[4]) : Double.NaN));
            }
        });
        return rows;
    }

    /** The published rows as a summary (keys are indices, in file order). */
    static RepeatPurchaseSummary asSummary(List<Row> rows) {
        int n = rows.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] zbar = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            x[i] = row.x();
            tx[i] = row.tx();
            age[i] = row.age();
            zbar[i] = Double.isNaN(row.zbar()) ? 0 : row.zbar();
        }
        return RepeatPurchaseSummary.of(PeriodUnit.WEEKS, x, tx, age, zbar);
    }

    private static void lines(String file, Consumer<String> consumer) {
        try (InputStream in = Cdnow.class.getResourceAsStream("/cdnow/" + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
