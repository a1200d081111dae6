package org.crmkit.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;

/**
 * The order rows of a file as primitive columns: customer index (into {@link #ids()}), epoch day,
 * amount; plus what the reader counted.
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
    private long badRows;
    private int maxDay = Integer.MIN_VALUE;
    /** The largest customer (key) added, so that combining can size the id tables once. */
    private int maxCustomer = -1;

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
        maxCustomer = Math.max(maxCustomer, customer);
    }

    /** Records the malformed rows skipped with --skip-bad-rows and the first reasons, as they are to be shown. */
    void skipped(long count, List<String> reasons) {
        badRows = count;
        badRowReasons.clear();
        badRowReasons.addAll(reasons.subList(0, Math.min(KEPT_REASONS, reasons.size())));
    }

    /**
     * The rows of stretches of a file parsed apart, in file order, with one set of ids indexed in
     * order of first appearance. A stretch's customer column holds keys as {@link SegmentParser}
     * writes them (a number, or −1 − an index into the stretch's own ids); this pass turns them
     * into indices, in file order, so it is the one sequential step of reading.
     */
    static OrderRows combine(List<OrderRows> stretches) {
        int total = 0;
        int maxNumber = -1;
        long texts = 0;
        for (OrderRows stretch : stretches) {
            total += stretch.size;
            maxNumber = Math.max(maxNumber, stretch.maxCustomer);
            texts += stretch.ids.size();
        }
        OrderRows all = new OrderRows(total);
        all.ids.reserve(maxNumber, (int) Math.min(total, maxNumber + 1L + texts));
        for (OrderRows stretch : stretches) {
            CustomerIds theirs = stretch.ids;
            int[] remap = new int[theirs.size()];
            Arrays.fill(remap, -1);
            int at = all.size;
            for (int r = 0; r < stretch.size; r++) {
                int key = stretch.customers[r];
                if (key >= 0) {
                    all.customers[at + r] = all.ids.indexOfNumber(key);
                } else {
                    int local = -1 - key;
                    if (remap[local] < 0) {
                        int from = theirs.offset(local);
                        remap[local] = all.ids.indexOf(theirs.arena(), from, from + theirs.length(local));
                    }
                    all.customers[at + r] = remap[local];
                }
            }
            System.arraycopy(stretch.days, 0, all.days, at, stretch.size);
            System.arraycopy(stretch.amounts, 0, all.amounts, at, stretch.size);
            all.size += stretch.size;
            all.maxDay = Math.max(all.maxDay, stretch.maxDay);
        }
        return all;
    }

    /**
     * The summary of the rows for {@code window}: customers are the ids' indices, so the summary's
     * {@code longCustomerKey} is an index into {@link #ids()}; rows after the observation end are
     * counted in its ignored rows.
     */
    RepeatPurchaseSummary summary(SummaryWindow window) {
        return RepeatPurchaseSummary.ofNumberedPurchases(window, ids.size(), customers, days, amounts, size);
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
        return customers[row];
    }

    int day(int row) {
        return days[row];
    }

    double amount(int row) {
        return amounts[row];
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
