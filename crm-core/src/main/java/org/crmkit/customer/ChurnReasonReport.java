package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * Churn reasons recorded in a period, by reason: why customers left, on whose side, and how many
 * of those reasons were learned at churn and at win-back.
 *
 * @param from the first day, in the tenant's zone
 * @param until the day after the last
 * @param rows one row per reason code, most recorded first, then by code
 * @param enterprise the rows on the enterprise's side added up (code {@code "enterprise"})
 * @param customer the rows on the customer's side added up (code {@code "customer"})
 * @since 0.2
 */
public record ChurnReasonReport(LocalDate from, LocalDate until, List<Row> rows, Row enterprise, Row customer) {

    /** Checks and copies the components. */
    public ChurnReasonReport {
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        rows = ImmutableList.copyOf(rows);
        checkNotNull(enterprise, "enterprise");
        checkNotNull(customer, "customer");
    }

    /**
     * One reason's counts.
     *
     * @param churned reasons recorded as customers churned
     * @param wonBack reasons recorded as customers were won back
     * @since 0.2
     */
    public record Row(String code, ChurnSide side, long churned, long wonBack) {

        /** Every reason of the row. */
        public long total() {
            return churned + wonBack;
        }
    }
}
