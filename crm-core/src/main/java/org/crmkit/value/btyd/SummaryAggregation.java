package org.crmkit.value.btyd;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link RepeatPurchaseSummaryBuilder#build()} and {@link
 * RepeatPurchaseSummary#ofNumberedPurchases}: each customer's rows, in day order and within a day
 * in row order, are folded day by day into its summary (same-day rows merged, refunds applied,
 * calibration split from holdout).
 *
 * <p>Why it is fast: customers are cut into blocks of {@value #BLOCK} whose running state fits the
 * CPU cache; one pass copies the rows into their block (in row order), then blocks run in parallel,
 * each reading its rows in row order. A customer whose rows come in day order (an export sorted by
 * date or by customer) is folded as its rows stream by; one whose rows go back in time, or whose
 * day does not add up while streaming (a refund row before its purchase row), is redone from its
 * rows sorted by day. Both fold the same days in the same order, so the sums are bit for bit those
 * of a sort.
 */
final class SummaryAggregation {

    /** A refunded day whose net value is within this fraction of its purchases counts as fully refunded. */
    private static final double REFUND_TOLERANCE = 1e-9;
    private static final int BLOCK_BITS = 13;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int ROWS_PER_PART = 1 << 18;
    /** Fresh columns of at least this many entries are made on the common pool ({@link #meanwhile}); shorter ones at once. */
    private static final int MADE_BESIDE_FROM = 1 << 16;

    private final int customerCount;
    private final int calibrationEnd;
    private final IntFunction<String> keyText;
    private final int[] purchaseDays;
    private final int[] firstDay;
    private final int[] lastDay;
    private final int[] observedLastDay;
    private final double[] repeatValue;
    private final double[] totalValue;
    /** Null without a holdout period (nothing to count there), as are the two below. */
    private final int @Nullable [] holdoutDays;
    private final double @Nullable [] holdoutValue;
    private final int @Nullable [] holdoutRows;
    private long lateRows;
    private int[] customersWithRowsPerBlock;
    private int[] keptPerBlock;

    private SummaryAggregation(int customerCount, int calibrationEnd, boolean holdout, IntFunction<String> keyText) {
        this.customerCount = customerCount;
        this.calibrationEnd = calibrationEnd;
        this.keyText = keyText;
        // the value columns are made on the pool while this thread makes the day columns
        CompletableFuture<double[][]> valueColumns = meanwhile(customerCount,
                () -> new double[][] {new double[customerCount], new double[customerCount]});
        purchaseDays = new int[customerCount];
        firstDay = new int[customerCount];
        lastDay = new int[customerCount];
        // without a holdout every day folded is a calibration day, so the last observed day is the last
        // day: one array serves both (closeDay writes the same value twice), and the holdout's stay unmade
        observedLastDay = holdout ? new int[customerCount] : lastDay;
        double[][] values = made(valueColumns);
        repeatValue = values[0];
        totalValue = values[1];
        holdoutDays = holdout ? new int[customerCount] : null;
        holdoutValue = holdout ? new double[customerCount] : null;
        holdoutRows = holdout ? new int[customerCount] : null;
    }

    /**
     * Aggregates rows [0, rows) of the columns. Rows after {@code observationEnd} are skipped and
     * counted ({@link #lateRows()}); a negative amount is a refund when {@code refunds} is set.
     *
     * @throws IllegalArgumentException if a customer number is outside [0, customerCount), an amount
     *     is not finite or (without refunds) negative, or a refund exceeds the day's purchases
     */
    static SummaryAggregation of(int[] customers, int[] days, double[] amounts, int rows, int customerCount,
            int calibrationEnd, int observationEnd, boolean refunds, IntFunction<String> keyText) {
        return of(new int[][] {customers}, new int[][] {days}, new double[][] {amounts}, new int[] {rows}, customerCount,
                calibrationEnd, observationEnd, refunds, keyText);
    }

    /**
     * As {@link #of(int[], int[], double[], int, int, int, int, boolean, IntFunction)} for rows in
     * chunks: rows [0, rows[k]) of chunk k's columns, chunk after chunk, are the rows in order (row
     * numbers in messages count across chunks). The result is the same, bit for bit, as for the
     * chunks' rows copied into one set of columns.
     */
    static SummaryAggregation of(int[][] customers, int[][] days, double[][] amounts, int[] rows, int customerCount,
            int calibrationEnd, int observationEnd, boolean refunds, IntFunction<String> keyText) {
        SummaryAggregation a = new SummaryAggregation(customerCount, calibrationEnd, calibrationEnd < observationEnd, keyText);
        Blocks blocks = Blocks.of(customers, days, amounts, rows, customerCount, observationEnd, refunds);
        a.lateRows = blocks.late;
        int count = blocks.start.length - 1;
        a.customersWithRowsPerBlock = new int[count];
        a.keptPerBlock = new int[count];
        int tasks = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, tasks).parallel().forEach(t -> {
            BlockState state = new BlockState();
            for (int b = t * count / tasks; b < (t + 1) * count / tasks; b++) {
                a.block(b, blocks, state);
            }
        });
        return a;
    }

    /** The customers numbered, kept or not. */
    int customerCount() {
        return customerCount;
    }

    /** Customers with a row up to the observation end (the others are not in the summary's counts at all). */
    int customersWithRows() {
        return Arrays.stream(customersWithRowsPerBlock).sum();
    }

    /** Rows dated after the observation end, left out. */
    long lateRows() {
        return lateRows;
    }

    /** The rows copied block by block: block-local customer, day, amount; block b holds [start[b], start[b+1]). */
    private static final class Blocks {
        final int[] start;
        final int[] customer;
        final int[] day;
        final double[] amount;
        final long late;

        private Blocks(int[] start, int[] customer, int[] day, double[] amount, long late) {
            this.start = start;
            this.customer = customer;
            this.day = day;
            this.amount = amount;
            this.late = late;
        }

        /**
         * The rows of the chunks copied block by block, in row order within a block. Each chunk is
         * cut into parts of at most {@value #ROWS_PER_PART} rows, counted and copied in parallel;
         * parts are numbered in row order, so the copy is the one a single set of columns makes.
         */
        static Blocks of(int[][] customers, int[][] days, double[][] amounts, int[] rows, int customerCount, int observationEnd,
                boolean refunds) {
            int blocks = (customerCount + BLOCK - 1) >> BLOCK_BITS;
            Parts parts = Parts.of(rows);
            int[][] counts = new int[parts.count()][blocks];
            long[] late = new long[parts.count()];
            IntStream.range(0, parts.count()).parallel().forEach(p -> {
                int[] count = counts[p];
                int chunk = parts.chunk[p];
                int[] customer = customers[chunk];
                int[] day = days[chunk];
                double[] amount = amounts[chunk];
                for (int r = parts.from[p], to = parts.to[p]; r < to; r++) {
                    int c = customer[r];
                    double a = amount[r];
                    if (c < 0 || c >= customerCount || !(Math.abs(a) < Double.POSITIVE_INFINITY) || !refunds && a < 0) {
                        throw badRow(parts.firstRow[chunk] + r, c, customerCount, a);
                    }
                    if (day[r] > observationEnd) {
                        late[p]++;
                    } else {
                        count[c >> BLOCK_BITS]++;
                    }
                }
            });
            int[] start = new int[blocks + 1];
            int at = 0;
            for (int b = 0; b < blocks; b++) {
                start[b] = at;
                for (int p = 0; p < parts.count(); p++) {
                    int n = counts[p][b];
                    counts[p][b] = at;
                    at += n;
                }
            }
            start[blocks] = at;
            int rowsKept = at;
            CompletableFuture<double[]> amountColumn = meanwhile(rowsKept, () -> new double[rowsKept]);
            int[] blockCustomer = new int[at];
            int[] blockDay = new int[at];
            double[] blockAmount = made(amountColumn);
            IntStream.range(0, parts.count()).parallel().forEach(p -> {
                int[] next = counts[p];
                int chunk = parts.chunk[p];
                int[] customer = customers[chunk];
                int[] day = days[chunk];
                double[] amount = amounts[chunk];
                for (int r = parts.from[p], to = parts.to[p]; r < to; r++) {
                    if (day[r] <= observationEnd) {
                        int c = customer[r];
                        int k = next[c >> BLOCK_BITS]++;
                        blockCustomer[k] = c & (BLOCK - 1);
                        blockDay[k] = day[r];
                        blockAmount[k] = amount[r] + 0.0;
                    }
                }
            });
            return new Blocks(start, blockCustomer, blockDay, blockAmount, Arrays.stream(late).sum());
        }

        private static IllegalArgumentException badRow(long row, int customer, int customerCount, double amount) {
            if (customer < 0 || customer >= customerCount) {
                return new IllegalArgumentException("row " + row + ": customer number must be in [0, " + customerCount
                        + ") but was " + customer);
            }
            return new IllegalArgumentException("row " + row + ": purchase amount must be finite and >= 0 but was " + amount);
        }
    }

    /** The chunks cut into parts of at most {@value #ROWS_PER_PART} rows, in row order: part p is rows [from, to) of chunk. */
    private static final class Parts {
        final int[] chunk;
        final int[] from;
        final int[] to;
        /** The row number, across chunks, of each chunk's first row. */
        final long[] firstRow;

        private Parts(int[] chunk, int[] from, int[] to, long[] firstRow) {
            this.chunk = chunk;
            this.from = from;
            this.to = to;
            this.firstRow = firstRow;
        }

        static Parts of(int[] rows) {
            int count = 0;
            for (int n : rows) {
                count += (int) ((n + (long) ROWS_PER_PART - 1) / ROWS_PER_PART);
            }
            int[] chunk = new int[count];
            int[] from = new int[count];
            int[] to = new int[count];
            long[] firstRow = new long[rows.length];
            long row = 0;
            int p = 0;
            for (int k = 0; k < rows.length; k++) {
                firstRow[k] = row;
                row += rows[k];
                for (int r = 0; r < rows[k]; r += ROWS_PER_PART) {
                    chunk[p] = k;
                    from[p] = r;
                    to[p] = Math.min(rows[k], r + ROWS_PER_PART);
                    p++;
                }
            }
            return new Parts(chunk, from, to, firstRow);
        }

        int count() {
            return chunk.length;
        }
    }

    /** The open day of each customer of a block, reused from block to block by one task. */
    private static final class BlockState {
        final int[] open = new int[BLOCK];
        final double[] bought = new double[BLOCK];
        final double[] refunded = new double[BLOCK];
        final int[] rows = new int[BLOCK];
        final boolean[] redo = new boolean[BLOCK];
    }

    private void block(int b, Blocks blocks, BlockState s) {
        int base = b << BLOCK_BITS;
        int size = Math.min(BLOCK, customerCount - base);
        Arrays.fill(s.open, 0, size, Integer.MIN_VALUE);
        Arrays.fill(s.redo, 0, size, false);
        int from = blocks.start[b];
        int to = blocks.start[b + 1];
        boolean anyRedo = false;
        for (int k = from; k < to; k++) {
            int l = blocks.customer[k];
            if (s.redo[l]) {
                continue;
            }
            int day = blocks.day[k];
            if (day != s.open[l]) {
                if (day < s.open[l] || s.open[l] != Integer.MIN_VALUE && !closeDay(base + l, s.open[l], s.bought[l], s.refunded[l],
                        s.rows[l])) {
                    s.redo[l] = true;
                    anyRedo = true;
                    continue;
                }
                s.open[l] = day;
                s.bought[l] = 0;
                s.refunded[l] = 0;
                s.rows[l] = 0;
            }
            double amount = blocks.amount[k];
            if (amount < 0) {
                s.refunded[l] -= amount;
            } else {
                s.bought[l] += amount;
                s.rows[l]++;
            }
        }
        int withRows = 0;
        for (int l = 0; l < size; l++) {
            if (!s.redo[l] && s.open[l] != Integer.MIN_VALUE && !closeDay(base + l, s.open[l], s.bought[l], s.refunded[l], s.rows[l])) {
                s.redo[l] = true;
                anyRedo = true;
            }
            withRows += s.redo[l] || s.open[l] != Integer.MIN_VALUE ? 1 : 0;
        }
        customersWithRowsPerBlock[b] = withRows;
        if (anyRedo) {
            redo(base, size, blocks, from, to, s.redo);
        }
        int kept = 0;
        for (int c = base; c < base + size; c++) {
            kept += purchaseDays[c] > 0 ? 1 : 0;
        }
        keptPerBlock[b] = kept;
    }

    /** Folds the rows of the customers marked in {@code redo} again from scratch, sorted by day. */
    private void redo(int base, int size, Blocks blocks, int from, int to, boolean[] redo) {
        int[] start = new int[size + 1];
        for (int k = from; k < to; k++) {
            if (redo[blocks.customer[k]]) {
                start[blocks.customer[k] + 1]++;
            }
        }
        for (int l = 0; l < size; l++) {
            start[l + 1] += start[l];
        }
        int[] order = new int[start[size]];
        int[] next = Arrays.copyOf(start, size);
        for (int k = from; k < to; k++) {
            if (redo[blocks.customer[k]]) {
                order[next[blocks.customer[k]]++] = k;
            }
        }
        for (int l = 0; l < size; l++) {
            if (redo[l]) {
                reset(base + l);
                sortByDay(order, start[l], start[l + 1], blocks.day);
                fold(base + l, order, start[l], start[l + 1], blocks.day, blocks.amount);
            }
        }
    }

    private void reset(int c) {
        purchaseDays[c] = 0;
        repeatValue[c] = 0;
        totalValue[c] = 0;
        if (holdoutDays != null) {
            holdoutDays[c] = 0;
            holdoutValue[c] = 0;
            holdoutRows[c] = 0;
        }
    }

    /** Insertion sort of one customer's rows by day, stable. */
    private static void sortByDay(int[] order, int from, int to, int[] days) {
        for (int i = from + 1; i < to; i++) {
            int row = order[i];
            int day = days[row];
            int j = i - 1;
            while (j >= from && days[order[j]] > day) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = row;
        }
    }

    private void fold(int c, int[] order, int from, int to, int[] days, double[] amounts) {
        int i = from;
        while (i < to) {
            int day = days[order[i]];
            double bought = 0;
            double refunded = 0;
            int purchaseRows = 0;
            for (; i < to && days[order[i]] == day; i++) {
                double amount = amounts[order[i]];
                if (amount < 0) {
                    refunded -= amount;
                } else {
                    bought += amount;
                    purchaseRows++;
                }
            }
            if (!closeDay(c, day, bought, refunded, purchaseRows)) {
                throw new IllegalArgumentException("customer " + keyText.apply(c) + " has refunds of " + refunded + " on "
                        + LocalDate.ofEpochDay(day) + " but bought only " + bought
                        + " that day; a refund must name the day of the purchase it refunds");
            }
        }
    }

    /**
     * Adds one day of customer c to its summary: a purchase day unless refunded in full.
     *
     * @return false if the day's refunds exceed its purchases
     */
    private boolean closeDay(int c, int day, double bought, double refunded, int purchaseRows) {
        double net = bought - refunded;
        if (refunded > 0 && net <= REFUND_TOLERANCE * bought) {
            return net >= -REFUND_TOLERANCE * bought;
        }
        if (day <= calibrationEnd) {
            if (purchaseDays[c] == 0) {
                firstDay[c] = day;
            } else {
                repeatValue[c] += net;
            }
            lastDay[c] = day;
            totalValue[c] += net;
            purchaseDays[c]++;
        } else { // a day after the calibration end and not after the observation end: there is a holdout
            holdoutDays[c]++;
            holdoutValue[c] += net;
            holdoutRows[c] += purchaseRows;
        }
        observedLastDay[c] = day;
        return true;
    }

    /** Indices of the customers with at least one calibration purchase day, in index order. */
    int[] kept() {
        int[] start = new int[keptPerBlock.length + 1];
        for (int b = 0; b < keptPerBlock.length; b++) {
            start[b + 1] = start[b] + keptPerBlock[b];
        }
        int[] kept = new int[start[keptPerBlock.length]];
        IntStream.range(0, keptPerBlock.length).parallel().forEach(b -> {
            int k = start[b];
            for (int c = b << BLOCK_BITS, to = Math.min(customerCount, c + BLOCK); c < to; c++) {
                if (purchaseDays[c] > 0) {
                    kept[k++] = c;
                }
            }
        });
        return kept;
    }

    RepeatPurchaseSummary toSummary(SummaryWindow window, int[] kept, CustomerKeys keys, RepeatPurchaseSummary.Counts counts) {
        int n = kept.length;
        PeriodUnit unit = window.unit();
        // when every customer is kept (the usual case) the per-customer arrays become the summary's, in place
        boolean all = n == customerCount;
        CompletableFuture<double[]> ageColumn = meanwhile(n, () -> new double[n]);
        int[] x = all ? purchaseDays : new int[n];
        double[] recency = new double[n];
        double[] monetary = new double[n];
        double[] age = made(ageColumn);
        int[] first = all ? firstDay : new int[n];
        int[] last = all ? lastDay : new int[n];
        boolean holdout = holdoutDays != null;
        // without a holdout the last observed day is the last day (see the constructor): one array for both
        int[] observedLast = all ? observedLastDay : holdout ? new int[n] : last;
        double[] total = all ? totalValue : new double[n];
        int[] holdoutFrequency = !holdout ? null : all ? holdoutDays : new int[n];
        double[] holdoutMonetary = holdout ? new double[n] : null;
        int[] repeatBuyersPerBlock = new int[(n + BLOCK - 1) / BLOCK];
        IntStream.range(0, repeatBuyersPerBlock.length).parallel().forEach(block -> {
            int repeatBuyers = 0;
            for (int k = block * BLOCK, to = Math.min(n, k + BLOCK); k < to; k++) {
                int c = kept[k];
                x[k] = purchaseDays[c] - 1;
                repeatBuyers += x[k] > 0 ? 1 : 0;
                recency[k] = unit.fromDays(lastDay[c] - firstDay[c]);
                age[k] = unit.fromDays(calibrationEnd - firstDay[c]);
                monetary[k] = x[k] > 0 ? repeatValue[c] / x[k] : 0;
                first[k] = firstDay[c];
                last[k] = lastDay[c];
                observedLast[k] = observedLastDay[c];
                total[k] = totalValue[c];
                if (holdout) {
                    holdoutFrequency[k] = holdoutDays[c];
                    holdoutMonetary[k] = holdoutRows[c] > 0 ? holdoutValue[c] / holdoutRows[c] : 0;
                }
            }
            repeatBuyersPerBlock[block] = repeatBuyers;
        });
        return new RepeatPurchaseSummary(unit, window, keys, x, recency, age, monetary,
                new RepeatPurchaseSummary.Dated(first, last, observedLast, total, holdoutFrequency, holdoutMonetary), counts,
                Arrays.stream(repeatBuyersPerBlock).sum());
    }

    /**
     * Starts making fresh columns on the common pool while this thread makes others or works on
     * ({@link #made} takes them), when they are long: the kernel clears each fresh page on the
     * thread that first touches it, and a million customers' columns are tens of megabytes, which
     * one thread alone would clear while the other core waits.
     */
    private static <T> CompletableFuture<T> meanwhile(int length, Supplier<T> columns) {
        return length >= MADE_BESIDE_FROM ? CompletableFuture.supplyAsync(columns) : CompletableFuture.completedFuture(columns.get());
    }

    /** The columns {@link #meanwhile} made, waiting for them; an error there (out of memory) is thrown here as it was. */
    private static <T> T made(CompletableFuture<T> columns) {
        try {
            return columns.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
