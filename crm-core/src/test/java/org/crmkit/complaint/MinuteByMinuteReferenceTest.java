package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.complaint.RandomCalendars.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Random small calendars around clock changes (New York, Berlin, Santiago's midnight changes,
 * Lord Howe's half hour, Shanghai and Kolkata without any) compared with a minute-by-minute walk.
 */
class MinuteByMinuteReferenceTest {

    private static final int EXAMPLES = 150;

    @Test
    void working_time_between_two_instants_equals_the_working_minutes_a_minute_walk_counts() {
        // when / then
        qt().withExamples(EXAMPLES).forAll(RandomCalendars.scenarios(), integers().between(0, 15 * 24 * 60))
                .checkAssert((scenario, minutes) -> {
                    Instant to = scenario.start().plus(Duration.ofMinutes(minutes));
                    assertThat(scenario.calendar().businessTimeBetween(scenario.start(), to))
                            .as("%s from %s to %s", scenario.calendar(), scenario.start(), to)
                            .isEqualTo(Duration.ofMinutes(MinuteByMinute.workingMinutes(scenario.calendar(), scenario.start(), to)));
                });
    }

    @Test
    void adding_working_time_lands_where_the_minute_walk_lands() {
        // when / then
        qt().withExamples(EXAMPLES).forAll(RandomCalendars.scenarios(), integers().between(1, 4 * 24 * 60))
                .checkAssert((Scenario scenario, Integer minutes) -> assertThat(
                        scenario.calendar().addBusinessTime(scenario.start(), Duration.ofMinutes(minutes)))
                        .as("%s plus %s minutes from %s", scenario.calendar(), minutes, scenario.start())
                        .isEqualTo(MinuteByMinute.addMinutes(scenario.calendar(), scenario.start(), minutes)));
    }
}
