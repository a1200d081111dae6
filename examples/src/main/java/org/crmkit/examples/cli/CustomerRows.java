package org.crmkit.examples.cli;

/**
 * The rows up to a last day, grouped by customer in customer-index order (a counting sort). Fed to
 * the summary builder in this order, each customer's rows are consecutive, so its key lookups and
 * its own sort by customer walk memory in order instead of jumping at every row, which is most of
 * the cost with a million customers whose rows are spread over a date-sorted file.
 */
final class CustomerRows {

    private final int[] start;
    private final int[] days;
    private final double[] amounts;
    private final long late;

    private CustomerRows(int[] start, int[] days, double[] amounts, long late) {
        this.start = start;
        this.days = days;
        this.amounts = amounts;
        this.late = late;
    }

    /** Groups the rows of {@code rows} dated on or before {@code lastDay} (an epoch day). */
    static CustomerRows of(OrderRows rows, int lastDay) {
        int customers = rows.ids().size();
        int[] start = new int[customers + 1];
        long late = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.day(r) <= lastDay) {
                start[rows.customer(r) + 1]++;
            } else {
                late++;
            }
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int kept = start[customers];
        int[] days = new int[kept];
        double[] amounts = new double[kept];
        int[] next = java.util.Arrays.copyOf(start, customers);
        for (int r = 0; r < rows.size(); r++) {
            int day = rows.day(r);
            if (day <= lastDay) {
                int at = next[rows.customer(r)]++;
                days[at] = day;
                amounts[at] = rows.amount(r);
            }
        }
        return new CustomerRows(start, days, amounts, late);
    }

    /** Number of customers (with or without kept rows). */
    int customers() {
        return start.length - 1;
    }

    /** Number of kept rows. */
    int size() {
        return days.length;
    }

    /** First row of customer {@code c}. */
    int from(int c) {
        return start[c];
    }

    /** One past the last row of customer {@code c}. */
    int to(int c) {
        return start[c + 1];
    }

    int day(int row) {
        return days[row];
    }

    double amount(int row) {
        return amounts[row];
    }

    /** Rows left out because they were after the last day. */
    long late() {
        return late;
    }
}
