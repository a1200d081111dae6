package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.NEW_YORK;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.at;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Targets of weeks and years, where the calendar jumps over ordinary weeks instead of walking them. */
class LongBusinessTargetsTest {

    private static final Duration WORKING_DAY = Duration.ofHours(9);

    @Test
    void thirty_working_days_from_a_monday_morning_end_six_weeks_later_on_friday_evening() {
        // given: 30 days of 9 hours are six full weeks; the target is reached at 18:00, not the next Monday
        BusinessCalendar calendar = nineToSix(SHANGHAI).build();

        // when / then
        assertThat(calendar.addBusinessTime(shanghai("2025-06-02T09:00"), WORKING_DAY.multipliedBy(30)))
                .isEqualTo(shanghai("2025-07-11T18:00"));
    }

    @Test
    void thirty_working_days_across_national_day_count_the_make_up_days_and_skip_the_holidays() {
        // given: from Mon 15 Sep 2025: 15-19 and 22-26 Sep (10), Sun 28 (11), 29-30 (13), 1-8 Oct off,
        // 9-10 (15), Sat 11 (16), 13-17 (21), 20-24 (26), 27-30 Oct (30)
        BusinessCalendar china2025 = Calendars.nationalDay2025();

        // when
        Instant due = china2025.addBusinessTime(shanghai("2025-09-15T09:00"), WORKING_DAY.multipliedBy(30));

        // then
        assertThat(due).isEqualTo(shanghai("2025-10-30T18:00"));
        assertThat(china2025.businessTimeBetween(shanghai("2025-09-15T09:00"), due)).isEqualTo(WORKING_DAY.multipliedBy(30));
    }

    @Test
    void ten_years_of_working_time_in_one_step_land_where_five_hundred_weekly_steps_land() {
        // given: New York with its clock changes and a holiday every 100 days, so the jumps stop often
        BusinessCalendar.Builder builder = nineToSix(NEW_YORK);
        for (LocalDate day = LocalDate.of(2025, 1, 7); day.getYear() < 2036; day = day.plusDays(100)) {
            builder.holiday(day);
        }
        BusinessCalendar calendar = builder.build();
        Instant start = at(NEW_YORK, "2025-01-06T11:17");
        Duration week = WORKING_DAY.multipliedBy(5);

        // when
        Instant stepwise = start;
        for (int i = 0; i < 500; i++) {
            stepwise = calendar.addBusinessTime(stepwise, week);
        }
        Instant atOnce = calendar.addBusinessTime(start, week.multipliedBy(500));

        // then
        assertThat(atOnce).isEqualTo(stepwise);
        assertThat(calendar.businessTimeBetween(start, atOnce)).isEqualTo(week.multipliedBy(500));
    }

    @Test
    void working_time_over_a_century_is_the_weeks_times_the_weekly_hours() {
        // given: 2000-01-03 and 2100-01-04 are Mondays, 5,218 weeks apart; Shanghai has not changed its clocks since 1991
        BusinessCalendar calendar = nineToSix(SHANGHAI).build();

        // when / then
        assertThat(calendar.businessTimeBetween(shanghai("2000-01-03T00:00"), shanghai("2100-01-04T00:00")))
                .isEqualTo(WORKING_DAY.multipliedBy(5 * 5218L));
    }
}
