package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Churn as the seeds count it (每年约有10%~30%的客户在流失), month by month: for each month, of the
 * customers who bought in the {@code windowMonths} months before the window that ends with that
 * month, the share who bought nothing in that window. With a window of 12 months each point is the
 * yearly customer loss rate as of that month's end, so the points make its monthly trend.
 *
 * @param windowMonths the length of the window and of its look-back, in months
 * @param points one point per month, oldest first
 * @since 0.2
 */
public record ChurnTrend(int windowMonths, List<Point> points) {

    /** Copies the points. */
    public ChurnTrend {
        points = ImmutableList.copyOf(points);
    }

    /**
     * One month of the trend.
     *
     * @param month the month whose end closes the window
     * @param from the window's first day
     * @param until the day after the window (the first day of the next month)
     * @param active customers who bought in the look-back window, {@code [from - windowMonths, from)}
     * @param churned of them, those who bought nothing in {@code [from, until)}
     */
    public record Point(YearMonth month, LocalDate from, LocalDate until, long active, long churned) {

        /**
         * Checks the counts.
         *
         * @throws IllegalArgumentException unless 0 ≤ churned ≤ active
         */
        public Point {
            checkArgument(churned >= 0 && churned <= active, "churned %s must be 0 to active %s", churned, active);
        }

        /** {@code churned / active}, 0 when nobody was active. */
        public double rate() {
            return active == 0 ? 0 : (double) churned / active;
        }
    }
}
