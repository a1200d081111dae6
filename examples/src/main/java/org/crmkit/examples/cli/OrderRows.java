package org.crmkit.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;

/**
 * The order rows of a file as primitive columns: customer index (into {@link #ids()}), epoch day,
 * amount; plus what the reader counted. A stretch's rows are one set of columns, added row by row;
 * the file's rows, once {@link #combine combined}, are the stretches' columns in file order (chunks),
 * not a copy of them.
 */
final class OrderRows {

    /** How many skipped rows' reasons are kept to show. */
    static final int KEPT_REASONS = 10;

    private final CustomerIds ids = new CustomerIds();
    private final List<String> badRowReasons = new ArrayList<>();
    private int[] customers;
    private int[] days;
    private double[] amounts;
    private int size;
    /** The stretches' columns and row counts, in file order, once combined; null for a stretch's own rows. */
    private int[][] chunkCustomers;
    private int[][] chunkDays;
    private double[][] chunkAmounts;
    private int[] chunkRows;
    /** The row number of each chunk's first row. */
    private int[] chunkFirstRow;
    private long badRows;
    private int maxDay = Integer.MIN_VALUE;

    OrderRows(int expectedRows) {
        int capacity = Math.max(1024, expectedRows);
        customers = new int[capacity];
        days = new int[capacity];
        amounts = new double[capacity];
    }

    void add(int customer, int day, double amount) {
        if (size == customers.length) {
            int capacity = customers.length + (customers.length >> 1);
            customers = Arrays.copyOf(customers, capacity);
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
        }
        customers[size] = customer;
        days[size] = day;
        amounts[size] = amount;
        size++;
        maxDay = Math.max(maxDay, day);
    }

    /** Records the malformed rows skipped with --skip-bad-rows and the first reasons, as they are to be shown. */
    void skipped(long count, List<String> reasons) {
        badRows = count;
        badRowReasons.clear();
        badRowReasons.addAll(reasons.subList(0, Math.min(KEPT_REASONS, reasons.size())));
    }

    /**
     * The rows of stretches of a file parsed apart, in file order, with one set of ids indexed in
     * order of first appearance ({@link Combiner}, all at once).
     */
    static OrderRows combine(List<OrderRows> stretches) {
        Combiner combiner = new Combiner(stretches.size());
        stretches.forEach(combiner::add);
        return combiner.rows();
    }

    /**
     * Puts the stretches of a file together one by one in file order, so that the reader can add
     * each as soon as it and those before it are parsed, beside the parsing of the later ones. A
     * stretch's customer column holds keys as {@link SegmentParser} writes them (a number, or −1 −
     * an index into the stretch's own ids); adding it turns them into indices in place, numbered in
     * order of first appearance, so this is the one step of reading that runs in order. The
     * stretches' columns become the result's chunks: a million customers' rows are not copied into
     * fresh columns (44 MB for 2.75 million rows, and fresh memory is slow to touch).
     */
    static final class Combiner {

        private final OrderRows all = new OrderRows(0);
        private int added;

        /** A combiner for {@code stretches} stretches. */
        Combiner(int stretches) {
            all.chunkCustomers = new int[stretches][];
            all.chunkDays = new int[stretches][];
            all.chunkAmounts = new double[stretches][];
            all.chunkRows = new int[stretches];
            all.chunkFirstRow = new int[stretches];
        }

        /** Adds the next stretch in file order. */
        void add(OrderRows stretch) {
            int k = added++;
            CustomerIds theirs = stretch.ids;
            int[] remap = new int[theirs.size()];
            Arrays.fill(remap, -1);
            int[] customer = stretch.customers;
            for (int r = 0; r < stretch.size; r++) {
                int key = customer[r];
                if (key >= 0) {
                    customer[r] = all.ids.indexOfNumber(key);
                } else {
                    int local = -1 - key;
                    if (remap[local] < 0) {
                        int from = theirs.offset(local);
                        remap[local] = all.ids.indexOf(theirs.arena(), from, from + theirs.length(local));
                    }
                    customer[r] = remap[local];
                }
            }
            all.chunkCustomers[k] = customer;
            all.chunkDays[k] = stretch.days;
            all.chunkAmounts[k] = stretch.amounts;
            all.chunkRows[k] = stretch.size;
            all.chunkFirstRow[k] = all.size;
            all.size += stretch.size;
            all.maxDay = Math.max(all.maxDay, stretch.maxDay);
        }

        /**
         * The combined rows.
         *
         * @throws IllegalStateException if fewer stretches were added than the combiner was made for
         */
        OrderRows rows() {
            if (added != all.chunkRows.length) {
                throw new IllegalStateException("combined " + added + " of " + all.chunkRows.length + " stretches");
            }
            return all;
        }
    }

    /**
     * The summary of the rows for {@code window}: customers are the ids' indices, so the summary's
     * {@code longCustomerKey} is an index into {@link #ids()}; rows after the observation end are
     * counted in its ignored rows. Of {@link #combine combined} rows only, as are the row accessors
     * below (the reader hands out no other).
     */
    RepeatPurchaseSummary summary(SummaryWindow window) {
        return RepeatPurchaseSummary.ofNumberedPurchases(window, ids.size(), chunkCustomers, chunkDays, chunkAmounts, chunkRows);
    }

    /** The customer ids, indexed as {@link #customer(int)} gives them. */
    CustomerIds ids() {
        return ids;
    }

    /** Number of good rows. */
    int size() {
        return size;
    }

    int customer(int row) {
        int k = chunkOf(row);
        return chunkCustomers[k][row - chunkFirstRow[k]];
    }

    int day(int row) {
        int k = chunkOf(row);
        return chunkDays[k][row - chunkFirstRow[k]];
    }

    double amount(int row) {
        int k = chunkOf(row);
        return chunkAmounts[k][row - chunkFirstRow[k]];
    }

    /** The chunk holding {@code row} (the last of the chunks starting at or before it: empty ones start there too). */
    private int chunkOf(int row) {
        Objects.checkIndex(row, size);
        int found = Arrays.binarySearch(chunkFirstRow, row);
        int k = found >= 0 ? found : -found - 2;
        while (k + 1 < chunkFirstRow.length && chunkFirstRow[k + 1] == row) {
            k++;
        }
        return k;
    }

    /** The latest day of any row; MIN_VALUE when there is none. */
    int maxDay() {
        return maxDay;
    }

    /** Malformed rows skipped with --skip-bad-rows. */
    long badRows() {
        return badRows;
    }

    /** The reasons of the first {@value #KEPT_REASONS} skipped rows. */
    List<String> badRowReasons() {
        return badRowReasons;
    }
}
