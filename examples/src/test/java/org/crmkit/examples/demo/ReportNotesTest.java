package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's explanations appear exactly when the figures would otherwise look like a fault. */
class ReportNotesTest {

    @Test
    void an_rfm_grid_with_every_score_filled_needs_no_note() {
        // given 25 customers, one in each cell
        long[][] grid = new long[5][5];
        for (long[] row : grid) {
            java.util.Arrays.fill(row, 1);
        }
        // when / then
        assertThat(ReportNotes.emptyRfmScores(grid)).isEmpty();
    }

    @Test
    void an_empty_frequency_score_is_named_with_the_tie_that_emptied_it() {
        // given 10 customers: 6 of them tie at F=1, none scores F=2, every recency score is filled
        long[][] grid = new long[5][5];
        grid[0][0] = 2;
        grid[1][0] = 2;
        grid[2][0] = 2;
        grid[3][2] = 1;
        grid[3][3] = 1;
        grid[4][4] = 2;
        // when
        String note = ReportNotes.emptyRfmScores(grid);
        // then
        assertThat(note).startsWith("F=2 holds no one.").contains("F=1 holds 60.0% of the scored customers").doesNotContain("R=");
    }

    @Test
    void tier_moves_without_a_fall_are_explained_and_a_fall_silences_the_note() {
        // given
        Map<YearMonth, DemoReport.TierMoves> onlyUp = Map.of(YearMonth.of(2025, 3), new DemoReport.TierMoves(4, 0));
        Map<YearMonth, DemoReport.TierMoves> oneDown = Map.of(YearMonth.of(2025, 3), new DemoReport.TierMoves(4, 1));
        // when / then
        assertThat(ReportNotes.noTierFalls(onlyUp)).startsWith("No member moved down.").contains("last 12 months", "12 months after the first rises");
        assertThat(ReportNotes.noTierFalls(oneDown)).isEmpty();
    }

    @Test
    void months_without_expiry_are_explained_and_one_expiry_silences_the_note() {
        // given
        Map<YearMonth, DemoReport.PointsMonth> none = Map.of(YearMonth.of(2025, 3), new DemoReport.PointsMonth(100, 10, 0));
        Map<YearMonth, DemoReport.PointsMonth> some = Map.of(YearMonth.of(2025, 3), new DemoReport.PointsMonth(100, 10, 5));
        // when / then
        assertThat(ReportNotes.noPointsExpired(none)).startsWith("No points expired");
        assertThat(ReportNotes.noPointsExpired(some)).isEmpty();
        assertThat(ReportNotes.noPointsExpired(Map.of())).isEmpty();
    }
}
