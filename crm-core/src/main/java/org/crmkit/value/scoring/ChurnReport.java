package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * Churn over a period: of the customers who bought in the look-back window (the period's length
 * just before it), the share who did not buy in the period.
 *
 * @param from first day of the period, in the tenant's zone
 * @param until the day after the period
 * @param rows one row per group, ordered by key
 * @param overall everyone together
 * @since 0.1
 */
public record ChurnReport(LocalDate from, LocalDate until, ChurnDimension dimension, List<Row> rows, Row overall) {

    /** Copies the rows. */
    public ChurnReport {
        rows = ImmutableList.copyOf(rows);
    }

    /**
     * One group's churn.
     *
     * @param active customers who bought in the look-back window
     * @param churned of them, those who did not buy in the period
     */
    public record Row(String key, long active, long churned) {

        /**
         * Checks the counts.
         *
         * @throws IllegalArgumentException unless 0 ≤ churned ≤ active
         */
        public Row {
            checkArgument(churned >= 0 && churned <= active, "churned %s must be 0 to active %s", churned, active);
        }

        /** {@code churned / active}, 0 when nobody was active. */
        public double rate() {
            return active == 0 ? 0 : (double) churned / active;
        }
    }
}
