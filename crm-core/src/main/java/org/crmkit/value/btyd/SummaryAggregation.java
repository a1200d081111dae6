package org.crmkit.value.btyd;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.crmkit.value.btyd.internal.ChunkedSums;

/**
 * The work behind {@link RepeatPurchaseSummaryBuilder#build()}: a stable counting sort of the rows
 * by customer, then one pass per customer (in parallel chunks) over its rows in day order that
 * merges same-day rows, applies refunds and splits calibration from holdout.
 */
final class SummaryAggregation {

    /** A refunded day whose net value is within this fraction of its purchases counts as fully refunded. */
    private static final double REFUND_TOLERANCE = 1e-9;

    private final int customerCount;
    private final int[] frequency;
    private final int[] firstDay;
    private final int[] lastDay;
    private final double[] repeatValue;
    private final double[] totalValue;
    private final int[] holdoutDays;
    private final double[] holdoutValue;
    private final int[] holdoutRows;
    private final int calibrationEnd;

    private SummaryAggregation(int customerCount, int calibrationEnd) {
        this.customerCount = customerCount;
        this.calibrationEnd = calibrationEnd;
        frequency = new int[customerCount];
        firstDay = new int[customerCount];
        lastDay = new int[customerCount];
        repeatValue = new double[customerCount];
        totalValue = new double[customerCount];
        holdoutDays = new int[customerCount];
        holdoutValue = new double[customerCount];
        holdoutRows = new int[customerCount];
    }

    static SummaryAggregation of(int[] customers, int[] days, double[] amounts, int rows, int customerCount,
            int calibrationEnd, int observationEnd, IntFunction<String> keyText) {
        int[] start = new int[customerCount + 1];
        for (int i = 0; i < rows; i++) {
            start[customers[i] + 1]++;
        }
        for (int c = 0; c < customerCount; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[rows];
        int[] next = Arrays.copyOf(start, customerCount);
        for (int i = 0; i < rows; i++) {
            order[next[customers[i]]++] = i;
        }
        SummaryAggregation a = new SummaryAggregation(customerCount, calibrationEnd);
        ChunkedSums.forEach(customerCount, true, (from, to) -> {
            for (int c = from; c < to; c++) {
                sortByDay(order, start[c], start[c + 1], days);
                a.aggregate(c, order, start[c], start[c + 1], days, amounts, keyText);
            }
        });
        return a;
    }

    /** Insertion sort of one customer's rows by day; rows usually arrive in date order already. */
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

    private void aggregate(int c, int[] order, int from, int to, int[] days, double[] amounts, IntFunction<String> keyText) {
        int purchaseDays = 0;
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
            double net = bought - refunded;
            if (refunded > 0 && net <= REFUND_TOLERANCE * bought) {
                if (net < -REFUND_TOLERANCE * bought) {
                    throw new IllegalArgumentException("customer " + keyText.apply(c) + " has refunds of " + refunded + " on "
                            + LocalDate.ofEpochDay(day) + " but bought only " + bought
                            + " that day; a refund must name the day of the purchase it refunds");
                }
                continue;
            }
            if (day <= calibrationEnd) {
                if (purchaseDays == 0) {
                    firstDay[c] = day;
                } else {
                    repeatValue[c] += net;
                }
                lastDay[c] = day;
                totalValue[c] += net;
                purchaseDays++;
            } else {
                holdoutDays[c]++;
                holdoutValue[c] += net;
                holdoutRows[c] += purchaseRows;
            }
        }
        frequency[c] = purchaseDays - 1;
    }

    /** Indices of the customers with at least one calibration purchase day, in index order. */
    int[] kept() {
        int count = 0;
        for (int c = 0; c < customerCount; c++) {
            count += frequency[c] >= 0 ? 1 : 0;
        }
        int[] kept = new int[count];
        int k = 0;
        for (int c = 0; c < customerCount; c++) {
            if (frequency[c] >= 0) {
                kept[k++] = c;
            }
        }
        return kept;
    }

    RepeatPurchaseSummary toSummary(SummaryWindow window, CustomerKeys keys, RepeatPurchaseSummary.Counts counts) {
        int[] kept = kept();
        int n = kept.length;
        PeriodUnit unit = window.unit();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] monetary = new double[n];
        int[] first = new int[n];
        int[] last = new int[n];
        double[] total = new double[n];
        int[] holdoutFrequency = new int[n];
        double[] holdoutMonetary = new double[n];
        for (int k = 0; k < n; k++) {
            int c = kept[k];
            x[k] = frequency[c];
            recency[k] = unit.fromDays(lastDay[c] - firstDay[c]);
            age[k] = unit.fromDays(calibrationEnd - firstDay[c]);
            monetary[k] = x[k] > 0 ? repeatValue[c] / x[k] : 0;
            first[k] = firstDay[c];
            last[k] = lastDay[c];
            total[k] = totalValue[c];
            holdoutFrequency[k] = holdoutDays[c];
            holdoutMonetary[k] = holdoutRows[c] > 0 ? holdoutValue[c] / holdoutRows[c] : 0;
        }
        return new RepeatPurchaseSummary(unit, window, keys, x, recency, age, monetary,
                new RepeatPurchaseSummary.Dated(first, last, total, holdoutFrequency, holdoutMonetary), counts);
    }
}
