package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.value.btyd.internal.LongIntMap;

/**
 * Collects purchase and refund rows and builds a {@link RepeatPurchaseSummary}. Rows are kept in
 * primitive arrays (about 16 bytes each) and customer keys are mapped to dense indices without
 * boxing, so millions of rows cost one pass to add and a linear counting sort to build.
 *
 * <p>Rules, as {@code lifetimes}' summary_data_from_transaction_data and
 * calibration_and_holdout_data apply them with weeks as days / 7:
 * <ul>
 *   <li>A purchase day is a calendar day (instants are turned into days in {@link #zone}); rows of
 *       one customer on one day form one purchase whose value is their sum.</li>
 *   <li>x = calibration purchase days − 1; t_x = last − first purchase day; T = calibration end −
 *       first purchase day; both divided by the unit's days. Monetary value = mean value of the
 *       calibration purchase days after the first; 0 when x = 0.</li>
 *   <li>Holdout: purchase days after the calibration end up to the observation end, and the value
 *       per purchase row there. Customers whose first purchase falls in the holdout are dropped,
 *       as in {@code lifetimes}.</li>
 *   <li>Refunds: a refund names the day of the purchase it refunds and reduces that day's value.
 *       A day refunded in full is no purchase at all; refunding more than was bought that day is
 *       an error.</li>
 *   <li>Purchase amounts must be finite and ≥ 0 (use {@code refund} for money going back); rows
 *       after the observation end are refused unless {@link #ignoreRowsAfterObservationEnd()} is
 *       set, then counted and skipped.</li>
 * </ul>
 * Amounts are plain {@code double}s in the currency's major unit: the summary feeds statistics,
 * never a ledger. Keys are either all {@code long} or all {@code String}. Not thread-safe.
 *
 * @since 0.1
 */
public final class RepeatPurchaseSummaryBuilder {

    /** The default zone for instants, the tenant default of crmkit. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final SummaryWindow window;
    private final int calibrationEnd;
    private final int observationEnd;
    private ZoneId zone = DEFAULT_ZONE;
    private boolean ignoreLate;
    private LongIntMap numberKeys;
    private Map<String, Integer> textKeyIndex;
    private List<String> textKeys;
    private int[] customers = new int[1024];
    private int[] days = new int[1024];
    private double[] amounts = new double[1024];
    private int rows;
    private long ignored;
    /** The last long key and its index: exports grouped by customer then skip the hash lookup. */
    private long lastKey;
    private int lastIndex;

    RepeatPurchaseSummaryBuilder(SummaryWindow window) {
        this.window = checkNotNull(window, "window");
        this.calibrationEnd = Math.toIntExact(window.calibrationEnd().toEpochDay());
        this.observationEnd = Math.toIntExact(window.observationEnd().toEpochDay());
    }

    /** The zone that turns instants into purchase days (default {@link #DEFAULT_ZONE}). */
    public RepeatPurchaseSummaryBuilder zone(ZoneId zone) {
        this.zone = checkNotNull(zone, "zone");
        return this;
    }

    /** Skips (and counts) rows dated after the observation end instead of refusing them. */
    public RepeatPurchaseSummaryBuilder ignoreRowsAfterObservationEnd() {
        this.ignoreLate = true;
        return this;
    }

    /** Reserves room for {@code rows} rows, to avoid regrowing the arrays. */
    public RepeatPurchaseSummaryBuilder expectedRows(int rows) {
        checkArgument(rows >= 0, "expected rows must be >= 0 but was %s", rows);
        ensureCapacity(rows);
        return this;
    }

    /** A purchase of {@code amount} by customer {@code customer} on {@code date}. */
    public RepeatPurchaseSummaryBuilder purchase(long customer, LocalDate date, double amount) {
        return purchaseOnDay(customer, date.toEpochDay(), amount);
    }

    /** A purchase of {@code amount} by customer {@code customer} on {@code date}. */
    public RepeatPurchaseSummaryBuilder purchase(String customer, LocalDate date, double amount) {
        return purchaseOnDay(customer, date.toEpochDay(), amount);
    }

    /** A purchase at {@code at}, on the day it is in {@link #zone}. */
    public RepeatPurchaseSummaryBuilder purchase(long customer, Instant at, double amount) {
        return purchaseOnDay(customer, LocalDate.ofInstant(at, zone).toEpochDay(), amount);
    }

    /** A purchase at {@code at}, on the day it is in {@link #zone}. */
    public RepeatPurchaseSummaryBuilder purchase(String customer, Instant at, double amount) {
        return purchaseOnDay(customer, LocalDate.ofInstant(at, zone).toEpochDay(), amount);
    }

    /** A purchase on the day {@code epochDay} (days since 1970-01-01), the allocation-free path. */
    public RepeatPurchaseSummaryBuilder purchaseOnDay(long customer, long epochDay, double amount) {
        if (!(amount >= 0 && amount < Double.POSITIVE_INFINITY)) {
            throw badPurchase(amount, customer, epochDay);
        }
        if (epochDay <= observationEnd || admitLate(epochDay, customer)) {
            add(numberIndex(customer), epochDay, amount + 0.0);
        }
        return this;
    }

    /** A purchase on the day {@code epochDay} (days since 1970-01-01). */
    public RepeatPurchaseSummaryBuilder purchaseOnDay(String customer, long epochDay, double amount) {
        checkNotNull(customer, "customer");
        if (!(amount >= 0 && amount < Double.POSITIVE_INFINITY)) {
            throw badPurchase(amount, customer, epochDay);
        }
        if (epochDay <= observationEnd || admitLate(epochDay, customer)) {
            add(textIndex(customer), epochDay, amount + 0.0);
        }
        return this;
    }

    /** A refund of {@code amount} (> 0) of the customer's purchase made on {@code purchaseDate}. */
    public RepeatPurchaseSummaryBuilder refund(long customer, LocalDate purchaseDate, double amount) {
        long day = purchaseDate.toEpochDay();
        checkRefund(amount, customer, day);
        if (day <= observationEnd || admitLate(day, customer)) {
            add(numberIndex(customer), day, -amount);
        }
        return this;
    }

    /** A refund of {@code amount} (> 0) of the customer's purchase made on {@code purchaseDate}. */
    public RepeatPurchaseSummaryBuilder refund(String customer, LocalDate purchaseDate, double amount) {
        checkNotNull(customer, "customer");
        long day = purchaseDate.toEpochDay();
        checkRefund(amount, customer, day);
        if (day <= observationEnd || admitLate(day, customer)) {
            add(textIndex(customer), day, -amount);
        }
        return this;
    }

    /**
     * The summary of the rows added so far, built on all cores.
     *
     * @throws IllegalArgumentException if a refund exceeds what the customer bought on that day
     */
    public RepeatPurchaseSummary build() {
        int customerCount = textKeys != null ? textKeys.size() : numberKeys == null ? 0 : numberKeys.size();
        SummaryAggregation aggregation = SummaryAggregation.of(customers, days, amounts, rows, customerCount, calibrationEnd,
                observationEnd, true, this::keyText);
        int[] kept = aggregation.kept();
        CustomerKeys keys = textKeys != null ? CustomerKeys.texts(pick(textKeys, kept))
                : CustomerKeys.numbers(pick(numberKeys == null ? new long[0] : numberKeys.keysInOrder(), kept));
        return aggregation.toSummary(window, kept, keys, new RepeatPurchaseSummary.Counts(rows + ignored, ignored,
                customerCount - kept.length));
    }

    private String keyText(int index) {
        return textKeys != null ? textKeys.get(index) : Long.toString(numberKeys.keysInOrder()[index]);
    }

    private static String[] pick(List<String> all, int[] kept) {
        String[] picked = new String[kept.length];
        for (int i = 0; i < kept.length; i++) {
            picked[i] = all.get(kept[i]);
        }
        return picked;
    }

    private static long[] pick(long[] all, int[] kept) {
        long[] picked = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            picked[i] = all[kept[i]];
        }
        return picked;
    }

    private boolean admitLate(long epochDay, Object customer) {
        if (ignoreLate) {
            ignored++;
            return false;
        }
        throw new IllegalArgumentException("row of customer " + customer + " on " + LocalDate.ofEpochDay(epochDay)
                + " is after the observation end " + window.observationEnd()
                + "; leave it out or call ignoreRowsAfterObservationEnd()");
    }

    private static IllegalArgumentException badPurchase(double amount, Object customer, long day) {
        return new IllegalArgumentException("purchase amount must be finite and >= 0 but was " + amount + " (customer "
                + customer + ", " + LocalDate.ofEpochDay(day) + "); record money going back with refund(...)");
    }

    private static void checkRefund(double amount, Object customer, long day) {
        if (!(amount > 0 && Double.isFinite(amount))) {
            throw new IllegalArgumentException(lenientFormat("refund amount must be finite and > 0 but was %s (customer %s, %s)",
                    amount, customer, LocalDate.ofEpochDay(day)));
        }
    }

    private int numberIndex(long customer) {
        if (numberKeys != null && customer == lastKey) {
            return lastIndex;
        }
        checkState(textKeys == null, "this builder has string customer keys; do not mix them with long keys");
        if (numberKeys == null) {
            numberKeys = new LongIntMap(1 << 16);
        }
        lastKey = customer;
        lastIndex = numberKeys.indexOf(customer);
        return lastIndex;
    }

    private int textIndex(String customer) {
        checkState(numberKeys == null, "this builder has long customer keys; do not mix them with string keys");
        if (textKeys == null) {
            textKeys = new ArrayList<>();
            textKeyIndex = new HashMap<>();
        }
        Integer index = textKeyIndex.get(customer);
        if (index == null) {
            index = textKeys.size();
            textKeyIndex.put(customer, index);
            textKeys.add(customer);
        }
        return index;
    }

    private void add(int customer, long epochDay, double amount) {
        if (rows == customers.length) {
            ensureCapacity(rows * 2);
        }
        customers[rows] = customer;
        days[rows] = Math.toIntExact(epochDay);
        amounts[rows] = amount;
        rows++;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > customers.length) {
            customers = Arrays.copyOf(customers, capacity);
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
        }
    }
}
