package org.crmkit.tier;

import java.time.LocalDate;

/**
 * When downgrades are assessed, in the tenant's zone. Upgrades never wait.
 *
 * @since 0.1
 */
public enum AssessmentSchedule {
    /** On the first day of every month. */
    MONTHLY,
    /** On 1 January, April, July and October. */
    QUARTERLY,
    /** On 1 January. */
    YEARLY,
    /** On the anniversary of the member's joining (28 February for a 29 February join in other years). */
    ANNIVERSARY;

    /** True if {@code date} is an assessment day for a member who joined on {@code joined}. */
    public boolean isAssessmentDay(LocalDate date, LocalDate joined) {
        return switch (this) {
            case MONTHLY -> date.getDayOfMonth() == 1;
            case QUARTERLY -> date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % 3 == 0;
            case YEARLY -> date.getDayOfYear() == 1;
            case ANNIVERSARY -> !date.equals(joined) && date.getMonth() == joined.getMonth()
                    && (date.getDayOfMonth() == joined.getDayOfMonth()
                            || (joined.getDayOfMonth() == 29 && joined.getMonthValue() == 2 && !date.isLeapYear() && date.getDayOfMonth() == 28));
        };
    }

    /** The first assessment day after {@code date} for a member who joined on {@code joined}. */
    public LocalDate nextAfter(LocalDate date, LocalDate joined) {
        LocalDate d = date.plusDays(1);
        while (!isAssessmentDay(d, joined)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
