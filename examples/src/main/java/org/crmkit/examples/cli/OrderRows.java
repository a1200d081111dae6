package org.crmkit.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * Appends the rows of {@code other}, which has its own customer ids: each id is looked up (or
     * added) here, so indices stay in order of first appearance when {@code other} comes later in the file.
     */
    void append(OrderRows other) {
        CustomerIds theirs = other.ids();
        int[] remap = new int[theirs.size()];
        for (int i = 0; i < remap.length; i++) {
            int from = theirs.offset(i);
            remap[i] = ids.indexOf(theirs.arena(), from, from + theirs.length(i));
        }
        int total = size + other.size;
        if (total > customers.length) {
            customers = Arrays.copyOf(customers, total);
            days = Arrays.copyOf(days, total);
            amounts = Arrays.copyOf(amounts, total);
        }
        for (int r = 0; r < other.size; r++) {
            customers[size + r] = remap[other.customers[r]];
        }
        System.arraycopy(other.days, 0, days, size, other.size);
        System.arraycopy(other.amounts, 0, amounts, size, other.size);
        size = total;
        maxDay = Math.max(maxDay, other.maxDay);
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
