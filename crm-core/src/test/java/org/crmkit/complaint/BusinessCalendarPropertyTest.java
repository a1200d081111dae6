package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.complaint.RandomCalendars.Scenario;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws that hold for any calendar, start and amount, down to the nanosecond. */
class BusinessCalendarPropertyTest {

    private static final long SIXTY_DAYS_IN_NANOS = Duration.ofDays(60).toNanos();

    private static Gen<Duration> upToSixtyDays() {
        return longs().between(0, SIXTY_DAYS_IN_NANOS).map(Duration::ofNanos);
    }

    @Test
    void the_working_time_up_to_the_instant_that_adding_it_returns_is_exactly_what_was_added() {
        // when / then
        qt().forAll(RandomCalendars.scenarios(), upToSixtyDays(), upToSixtyDays()).checkAssert((scenario, offset, amount) -> {
            Instant start = scenario.start().plus(offset);
            Instant end = scenario.calendar().addBusinessTime(start, amount);
            assertThat(scenario.calendar().businessTimeBetween(start, end)).as("%s: %s from %s", scenario.calendar(), amount, start)
                    .isEqualTo(amount);
            if (!amount.isZero()) {
                assertThat(scenario.calendar().businessTimeBetween(start, end.minusNanos(1))).as("%s ends no later than needed", end)
                        .isLessThan(amount);
            }
        });
    }

    @Test
    void working_time_is_additive_over_any_split_point() {
        // when / then
        qt().forAll(RandomCalendars.scenarios(), upToSixtyDays(), upToSixtyDays()).checkAssert((scenario, first, second) -> {
            Instant from = scenario.start();
            Instant split = from.plus(first);
            Instant to = split.plus(second);
            BusinessCalendar calendar = scenario.calendar();
            assertThat(calendar.businessTimeBetween(from, to)).as("%s split at %s", calendar, split)
                    .isEqualTo(calendar.businessTimeBetween(from, split).plus(calendar.businessTimeBetween(split, to)));
        });
    }

    @Test
    void adding_in_two_steps_lands_where_adding_the_sum_lands() {
        // when / then
        qt().forAll(RandomCalendars.scenarios(), upToSixtyDays(), upToSixtyDays()).checkAssert((scenario, first, second) -> {
            BusinessCalendar calendar = scenario.calendar();
            Instant stepwise = calendar.addBusinessTime(calendar.addBusinessTime(scenario.start(), first), second);
            assertThat(stepwise).as("%s: %s then %s from %s", calendar, first, second, scenario.start())
                    .isEqualTo(calendar.addBusinessTime(scenario.start(), first.plus(second)));
        });
    }

    @Test
    void any_calendar_rebuilt_from_its_accessors_equals_itself() {
        // when / then
        qt().forAll(RandomCalendars.scenarios()).check((Scenario scenario) ->
                CalendarRebuiltFromItsAccessorsTest.rebuild(scenario.calendar()).equals(scenario.calendar()));
    }
}
