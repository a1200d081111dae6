package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.base.Strings.lenientFormat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The per-customer repeat-purchase summary the BTYD models are fitted on (the "RFM summary" of
 * {@code lifetimes}): for customer i, {@link #frequency} x (purchase days minus one), {@link
 * #recency} t_x (first to last purchase), {@link #age} T (first purchase to the calibration end),
 * {@link #monetaryValue} (mean value of the repeat purchase days) and, when the window has a
 * holdout, the holdout counts. Customers are indexed 0 … size−1 in the order their first row was
 * added. Immutable; arrays are held in primitive form for speed and never exposed.
 *
 * <p>Build one from transactions with {@link #builder(SummaryWindow)}, or wrap columns computed
 * elsewhere with {@link #of}.
 *
 * @since 0.1
 */
public final class RepeatPurchaseSummary {

    private final PeriodUnit unit;
    private final SummaryWindow window;
    private final CustomerKeys keys;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] monetary;
    private final Dated dated;
    private final Counts counts;
    /** Customers with a repeat purchase, or −1 until first asked ({@link #repeatBuyers}): every thread counts the same. */
    private int repeatBuyers;
    private volatile DistinctHistories histories;

    /**
     * What only a summary built from dated transactions has; the holdout's columns are null when the
     * window has no holdout (every value 0), and the last observed day may then be the last day's
     * own array.
     */
    record Dated(int[] firstDay, int[] lastDay, int[] observedLastDay, double[] totalValue, int @Nullable [] holdoutFrequency,
            double @Nullable [] holdoutMonetary) {}

    /**
     * Bookkeeping of the build: rows read, rows ignored after the observation end, customers
     * dropped because they had no calibration purchase.
     */
    record Counts(long rows, long ignoredRows, int droppedCustomers) {}

    RepeatPurchaseSummary(PeriodUnit unit, SummaryWindow window, CustomerKeys keys, int[] frequency, double[] recency,
            double[] age, double[] monetary, Dated dated, Counts counts) {
        this(unit, window, keys, frequency, recency, age, monetary, dated, counts, -1);
    }

    /** As the constructor above, with the customers whose frequency is above 0 counted already (−1: counted when asked). */
    RepeatPurchaseSummary(PeriodUnit unit, SummaryWindow window, CustomerKeys keys, int[] frequency, double[] recency,
            double[] age, double[] monetary, Dated dated, Counts counts, int repeatBuyers) {
        this.unit = unit;
        this.window = window;
        this.keys = keys;
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.monetary = monetary;
        this.dated = dated;
        this.counts = counts;
        this.repeatBuyers = repeatBuyers;
    }

    /** A builder that turns purchase and refund rows into a summary for {@code window}. */
    public static RepeatPurchaseSummaryBuilder builder(SummaryWindow window) {
        return new RepeatPurchaseSummaryBuilder(window);
    }

    /**
     * The summary of purchase rows given as columns, for callers that number their customers
     * themselves: row k (0 ≤ k &lt; {@code rows}) is a purchase of {@code amount[k]} (currency units,
     * finite, ≥ 0) by customer {@code customer[k]} (0 ≤ number &lt; {@code customers}) on the epoch day
     * {@code epochDay[k]}. The rules are those of {@link #builder(SummaryWindow)}; rows after the
     * observation end are skipped and counted in {@link #ignoredRows()}, and a customer with no other
     * row is not counted in {@link #droppedCustomers()}. Summary customers are the numbered
     * customers with a calibration purchase, in number order, and {@link
     * #longCustomerKey(int)} gives each one's number. Computed on all cores without a key lookup
     * per row, which makes it the fast way in for millions of rows; the arrays are read, not kept.
     *
     * @throws IllegalArgumentException if a customer number is out of range, an amount is negative or
     *     not finite, or an array is shorter than {@code rows}
     * @since 0.2
     */
    public static RepeatPurchaseSummary ofNumberedPurchases(SummaryWindow window, int customers, int[] customer,
            int[] epochDay, double[] amount, int rows) {
        checkNotNull(window, "window");
        checkArgument(customers >= 0 && rows >= 0 && customer.length >= rows && epochDay.length >= rows && amount.length >= rows,
                "need customers >= 0 and columns of at least %s rows but had %s customers and %s, %s and %s rows", rows,
                customers, customer.length, epochDay.length, amount.length);
        int calibrationEnd = Math.toIntExact(window.calibrationEnd().toEpochDay());
        SummaryAggregation aggregation = SummaryAggregation.of(customer, epochDay, amount, rows, customers, calibrationEnd,
                Math.toIntExact(window.observationEnd().toEpochDay()), false, Integer::toString);
        return numbered(window, aggregation, rows);
    }

    /** The summary of an aggregation of numbered customers: each kept customer's key is its number. */
    private static RepeatPurchaseSummary numbered(SummaryWindow window, SummaryAggregation aggregation, long rows) {
        int[] kept = aggregation.kept();
        CustomerKeys keys;
        if (kept.length == aggregation.customerCount()) {
            keys = CustomerKeys.indices(kept.length); // every customer kept: customer i is number i, no column needed
        } else {
            long[] numbers = new long[kept.length];
            for (int i = 0; i < kept.length; i++) {
                numbers[i] = kept[i];
            }
            keys = CustomerKeys.numbers(numbers);
        }
        return aggregation.toSummary(window, kept, keys,
                new Counts(rows, aggregation.lateRows(), aggregation.customersWithRows() - kept.length));
    }

    /**
     * {@link #ofNumberedPurchases(SummaryWindow, int, int[], int[], double[], int)} for rows held in
     * chunks, as a reader that parses a file in parallel stretches holds them: the rows are rows [0,
     * {@code rows[k]}) of chunk k's columns ({@code customer[k]}, {@code epochDay[k]}, {@code
     * amount[k]}), chunk after chunk, and the summary is the one of those rows copied into one set of
     * columns, bit for bit, without the copy. A row's number in a message counts across the chunks.
     *
     * @throws IllegalArgumentException if the four arrays of chunks differ in length, a chunk's row
     *     count is negative or longer than one of its columns, the chunks hold more rows than a Java
     *     array can ({@code Integer.MAX_VALUE - 8}), or a row is refused as {@link
     *     #ofNumberedPurchases(SummaryWindow, int, int[], int[], double[], int)} refuses it
     * @since 0.2
     */
    public static RepeatPurchaseSummary ofNumberedPurchases(SummaryWindow window, int customers, int[][] customer,
            int[][] epochDay, double[][] amount, int[] rows) {
        checkNotNull(window, "window");
        checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
        int chunks = rows.length;
        checkArgument(customer.length == chunks && epochDay.length == chunks && amount.length == chunks,
                "need as many chunks of each column as row counts (%s) but had %s, %s and %s", chunks, customer.length,
                epochDay.length, amount.length);
        long total = 0;
        for (int k = 0; k < chunks; k++) {
            checkArgument(rows[k] >= 0 && customer[k].length >= rows[k] && epochDay[k].length >= rows[k] && amount[k].length >= rows[k],
                    "chunk %s: need columns of at least %s rows but had %s, %s and %s rows", k, rows[k], customer[k].length,
                    epochDay[k].length, amount[k].length);
            total += rows[k];
        }
        // the summary copies the rows block by block into one set of columns, which a Java array bounds
        checkArgument(total <= Integer.MAX_VALUE - 8, "at most %s rows in all, but the chunks hold %s", Integer.MAX_VALUE - 8, total);
        int calibrationEnd = Math.toIntExact(window.calibrationEnd().toEpochDay());
        SummaryAggregation aggregation = SummaryAggregation.of(customer.clone(), epochDay.clone(), amount.clone(), rows.clone(),
                customers, calibrationEnd, Math.toIntExact(window.observationEnd().toEpochDay()), false, Integer::toString);
        return numbered(window, aggregation, total);
    }

    /**
     * The summary of customers whose purchase days were counted elsewhere, e.g. by a database
     * aggregate: customer i ({@code keys[i]}) bought on {@code purchaseDays[i]} distinct days, the
     * first {@code firstDay[i]} and the last {@code lastDay[i]} (epoch days), for a net value of
     * {@code totalValue[i]}, of which {@code repeatValue[i]} on the days after the first. The
     * figures are those {@link #builder(SummaryWindow)} computes from the rows: x = days − 1, t_x
     * and T from the first and last day, monetary value = repeat value / x. The window must have no
     * holdout and every day must fall in it. Summary customers are in the order given; {@link
     * #rows()} is 0. The arrays are read, not kept.
     *
     * @throws IllegalArgumentException if the window has a holdout, the arrays' lengths differ, or a
     *     customer's figures are inconsistent (no day, days outside the window or out of order, a
     *     value negative, not finite or above the total, a repeat value without a repeat day)
     * @since 0.2
     */
    public static RepeatPurchaseSummary ofPurchaseDays(SummaryWindow window, String[] keys, int[] purchaseDays, int[] firstDay,
            int[] lastDay, double[] totalValue, double[] repeatValue) {
        checkNotNull(window, "window");
        checkArgument(window.holdoutDuration() == 0, "purchase days make a summary without a holdout but the window was %s", window);
        int n = keys.length;
        checkArgument(purchaseDays.length == n && firstDay.length == n && lastDay.length == n && totalValue.length == n
                        && repeatValue.length == n, "keys and the five columns must have the same length %s", n);
        int end = Math.toIntExact(window.calibrationEnd().toEpochDay());
        PeriodUnit unit = window.unit();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            checkNotNull(keys[i], "key of customer %s", i);
            if (!(purchaseDays[i] >= 1 && firstDay[i] <= lastDay[i] && lastDay[i] <= end
                    && (purchaseDays[i] > 1 || firstDay[i] == lastDay[i]) && repeatValue[i] >= 0 && totalValue[i] >= repeatValue[i]
                    && Double.isFinite(totalValue[i]) && (purchaseDays[i] > 1 || repeatValue[i] == 0))) {
                throw new IllegalArgumentException(lenientFormat("customer %s: inconsistent purchase days: %s days from %s to %s"
                                + " (window ends %s), value %s of which %s after the first day", keys[i], purchaseDays[i],
                        LocalDate.ofEpochDay(firstDay[i]), LocalDate.ofEpochDay(lastDay[i]), window.calibrationEnd(), totalValue[i],
                        repeatValue[i]));
            }
            x[i] = purchaseDays[i] - 1;
            recency[i] = unit.fromDays(lastDay[i] - firstDay[i]);
            age[i] = unit.fromDays(end - firstDay[i]);
            monetary[i] = x[i] > 0 ? repeatValue[i] / x[i] : 0;
        }
        int[] last = lastDay.clone(); // no holdout: the last observed day is the last day
        return new RepeatPurchaseSummary(unit, window, CustomerKeys.texts(keys.clone()), x, recency, age, monetary,
                new Dated(firstDay.clone(), last, last, totalValue.clone(), null, null),
                new Counts(0, 0, 0));
    }

    /**
     * Wraps columns computed elsewhere (e.g. a published summary); customer keys are the indices.
     * The arrays are copied.
     *
     * @throws IllegalArgumentException if lengths differ or a row is inconsistent: x &lt; 0, t_x &lt; 0,
     *     t_x &gt; T, t_x ≠ 0 with x = 0, a negative or non-finite monetary value
     */
    public static RepeatPurchaseSummary of(PeriodUnit unit, int[] frequency, double[] recency, double[] age,
            double[] monetaryValue) {
        checkNotNull(unit, "unit");
        int n = frequency.length;
        checkArgument(recency.length == n && age.length == n && monetaryValue.length == n,
                "frequency, recency, T and monetary value must have the same length but had %s, %s, %s and %s", n,
                recency.length, age.length, monetaryValue.length);
        for (int i = 0; i < n; i++) {
            checkArgument(frequency[i] >= 0, "customer %s: frequency must be >= 0 but was %s", i, frequency[i]);
            if (!(recency[i] >= 0 && recency[i] <= age[i] && Double.isFinite(age[i]))) {
                throw new IllegalArgumentException(lenientFormat("customer %s: need 0 <= recency <= T but had recency %s, T %s",
                        i, recency[i], age[i]));
            }
            if (!(frequency[i] > 0 || recency[i] == 0)) {
                throw new IllegalArgumentException(lenientFormat(
                        "customer %s: recency must be 0 when frequency is 0 but was %s", i, recency[i]));
            }
            if (!(monetaryValue[i] >= 0 && Double.isFinite(monetaryValue[i]))) {
                throw new IllegalArgumentException(lenientFormat(
                        "customer %s: monetary value must be finite and >= 0 but was %s", i, monetaryValue[i]));
            }
        }
        return new RepeatPurchaseSummary(unit, null, CustomerKeys.indices(n), frequency.clone(), recency.clone(), age.clone(),
                monetaryValue.clone(), null, new Counts(0, 0, 0));
    }

    /** Number of customers. */
    public int size() {
        return frequency.length;
    }

    /** Period unit of recency, T and the holdout duration. */
    public PeriodUnit unit() {
        return unit;
    }

    /** The window the summary was built for; empty for a summary made with {@link #of}. */
    public Optional<SummaryWindow> window() {
        return Optional.ofNullable(window);
    }

    /** Customer i's key as text (a {@code long} key in decimal). */
    public String customerKey(int i) {
        return keys.text(i);
    }

    /**
     * Customer i's key when the summary was built with {@code long} keys (or by {@link #of}, where it
     * is the index).
     *
     * @throws IllegalStateException if the keys are strings
     */
    public long longCustomerKey(int i) {
        return keys.number(i);
    }

    /** x: repeat purchases in the calibration period (distinct purchase days minus one). */
    public int frequency(int i) {
        return frequency[i];
    }

    /** t_x: time from the first to the last calibration purchase, in the unit. */
    public double recency(int i) {
        return recency[i];
    }

    /** T: time from the first purchase to the calibration end, in the unit. */
    public double age(int i) {
        return age[i];
    }

    /** Mean value of the repeat purchase days (first day excluded); 0 when x = 0. */
    public double monetaryValue(int i) {
        return monetary[i];
    }

    /**
     * Day of the first purchase.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     */
    public LocalDate firstPurchase(int i) {
        return LocalDate.ofEpochDay(dated().firstDay()[i]);
    }

    /**
     * Day of the last calibration purchase.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     */
    public LocalDate lastPurchase(int i) {
        return LocalDate.ofEpochDay(dated().lastDay()[i]);
    }

    /**
     * Whole days from the last purchase up to the observation end (in the calibration period or the
     * holdout) to the observation end: the R of RFM.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     * @since 0.2
     */
    public int daysSinceLastPurchase(int i) {
        return Math.toIntExact(window.observationEnd().toEpochDay() - dated().observedLastDay()[i]);
    }

    /**
     * Net value of all calibration purchase days including the first.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     */
    public double totalValue(int i) {
        return dated().totalValue()[i];
    }

    /**
     * Purchase days in the holdout period ({@code lifetimes}' frequency_holdout: every purchase day
     * counts, there is no "first" to subtract); 0 without a holdout.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     */
    public int holdoutFrequency(int i) {
        int[] holdout = dated().holdoutFrequency();
        return holdout != null ? holdout[i] : noHoldout(i);
    }

    /**
     * Mean value per purchase row in the holdout period, as {@code lifetimes}' monetary_value_holdout
     * computes it (rows, not days, are averaged; refunds reduce the total); 0 when there is none.
     *
     * @throws IllegalStateException for a summary made with {@link #of}
     */
    public double holdoutMonetaryValue(int i) {
        double[] holdout = dated().holdoutMonetary();
        return holdout != null ? holdout[i] : noHoldout(i);
    }

    /** 0, the holdout figure of customer {@code i} of a summary without a holdout; checks {@code i} as an array would. */
    private int noHoldout(int i) {
        Objects.checkIndex(i, frequency.length);
        return 0;
    }

    /** Length of the holdout period in the unit; 0 without a holdout. */
    public double holdoutDuration() {
        return window == null ? 0 : window.holdoutDuration();
    }

    /** Number of customers with at least one repeat purchase. */
    public int repeatBuyers() {
        int count = repeatBuyers;
        if (count < 0) {
            count = 0;
            for (int x : frequency) {
                count += x > 0 ? 1 : 0;
            }
            repeatBuyers = count;
        }
        return count;
    }

    /** Transaction rows the builder read (0 for {@link #of}). */
    public long rows() {
        return counts.rows();
    }

    /** Rows after the observation end that the builder was told to ignore. */
    public long ignoredRows() {
        return counts.ignoredRows();
    }

    /**
     * Customers left out because they had no purchase day in the calibration period (first
     * purchase in the holdout, or every calibration purchase fully refunded).
     */
    public int droppedCustomers() {
        return counts.droppedCustomers();
    }

    int[] frequencies() {
        return frequency;
    }

    double[] recencies() {
        return recency;
    }

    double[] ages() {
        return age;
    }

    double[] monetaryValues() {
        return monetary;
    }

    /** The distinct (x, t_x, T) histories, computed once on first use. */
    DistinctHistories histories() {
        DistinctHistories h = histories;
        if (h == null) {
            h = DistinctHistories.of(frequency, recency, age, null);
            histories = h;
        }
        return h;
    }

    private Dated dated() {
        checkState(dated != null, "this summary was made from columns, not from dated transactions");
        return dated;
    }

    @Override
    public String toString() {
        return "RepeatPurchaseSummary[" + size() + " customers, " + repeatBuyers() + " repeat buyers, unit " + unit
                + (window == null ? "" : ", " + window) + "]";
    }
}
