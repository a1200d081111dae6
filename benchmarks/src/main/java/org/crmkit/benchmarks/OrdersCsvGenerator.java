package org.crmkit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;

/**
 * Writes an order CSV ({@code customer_id,date,amount}, one row per purchase, sorted by date as an
 * order export would be) simulated from a seed: BG/NBD purchases with Gamma-Gamma amounts at
 * parameters close to the CDNOW estimates (r 0.243, alpha 4.414, a 0.793, b 2.426 per week; p
 * 6.25, q 3.74, v 15.44), customers acquired over the first 12 weeks of 2024 and observed to
 * 2025-06-30, so a million customers make about 2.75 million rows. Amounts are rounded to cents.
 *
 * <p>Run: {@code java -cp ... org.crmkit.benchmarks.OrdersCsvGenerator --customers 1000000 --seed 7 --out orders.csv}.
 */
public final class OrdersCsvGenerator {

    /** The purchase process of the generated customers, per week. */
    public static final BgNbdModel PURCHASES = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    /** The spend per purchase of the generated customers. */
    public static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 15.44);
    /** First day of acquisition. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** Days over which customers make their first purchase. */
    public static final int ACQUISITION_DAYS = 84;
    /** Last day of the generated orders. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private OrdersCsvGenerator() {}

    public static void main(String[] args) throws IOException {
        int customers = 1_000_000;
        long seed = 7;
        Path out = Path.of("orders.csv");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --customers N --seed S --out FILE");
            }
        }
        long rows = write(customers, seed, out);
        System.out.printf(Locale.ROOT, "wrote %,d rows of %,d customers to %s (%,d bytes)%n", rows, customers, out, Files.size(out));
    }

    /** Writes the file and returns the number of rows. */
    public static long write(int customers, long seed, Path out) throws IOException {
        Rows rows = new Rows(customers * 3);
        PurchaseSimulator.of(PURCHASES, SPEND, seed).transactions(customers, FIRST_DAY, ACQUISITION_DAYS, LAST_DAY,
                PeriodUnit.WEEKS, rows::add);
        int first = (int) FIRST_DAY.toEpochDay();
        int days = (int) (LAST_DAY.toEpochDay() - first + 1);
        String[] dates = new String[days];
        for (int d = 0; d < days; d++) {
            dates[d] = LocalDate.ofEpochDay(first + d).toString();
        }
        int[] order = rows.byDay(first, days);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write("customer_id,date,amount\n");
            StringBuilder line = new StringBuilder(40);
            for (int r : order) {
                long cents = Math.round(rows.amounts[r] * 100);
                line.setLength(0);
                line.append(rows.customers[r] + 1).append(',').append(dates[rows.days[r] - first]).append(',')
                        .append(cents / 100).append('.').append((char) ('0' + cents / 10 % 10)).append((char) ('0' + cents % 10))
                        .append('\n');
                writer.append(line);
            }
        }
        return rows.size;
    }

    /** The simulated purchases as columns. */
    private static final class Rows {
        int[] customers;
        int[] days;
        double[] amounts;
        int size;

        Rows(int capacity) {
            customers = new int[capacity];
            days = new int[capacity];
            amounts = new double[capacity];
        }

        void add(long customer, long day, double amount) {
            if (size == customers.length) {
                customers = Arrays.copyOf(customers, size * 2);
                days = Arrays.copyOf(days, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            customers[size] = (int) customer;
            days[size] = (int) day;
            amounts[size] = amount;
            size++;
        }

        /** Row indices sorted by day, stable (a counting sort). */
        int[] byDay(int first, int dayCount) {
            int[] start = new int[dayCount + 1];
            for (int r = 0; r < size; r++) {
                start[days[r] - first + 1]++;
            }
            for (int d = 0; d < dayCount; d++) {
                start[d + 1] += start[d];
            }
            int[] order = new int[size];
            for (int r = 0; r < size; r++) {
                order[start[days[r] - first]++] = r;
            }
            return order;
        }
    }
}
