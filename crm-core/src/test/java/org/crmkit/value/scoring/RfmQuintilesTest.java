package org.crmkit.value.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RfmQuintilesTest {

    @Test
    void ten_values_are_cut_at_the_second_fourth_sixth_and_eighth_smallest() {
        // given sorted 1..10: ranks ceil(2), ceil(4), ceil(6), ceil(8) -> cuts 2, 4, 6, 8
        RfmQuintiles quintiles = RfmQuintiles.of(new double[] {7, 3, 10, 1, 9, 2, 8, 4, 6, 5});

        // then a value scores 1 plus the cuts it is strictly above
        assertThat(quintiles.score(1)).isEqualTo(1);
        assertThat(quintiles.score(2)).isEqualTo(1);
        assertThat(quintiles.score(3)).isEqualTo(2);
        assertThat(quintiles.score(6)).isEqualTo(3);
        assertThat(quintiles.score(8.5)).isEqualTo(5);
        assertThat(quintiles.score(10)).isEqualTo(5);
        assertThat(quintiles.reverseScore(1)).isEqualTo(5);
        assertThat(quintiles.reverseScore(10)).isEqualTo(1);
    }

    @Test
    void equal_values_score_the_same_and_ties_at_a_cut_take_the_lower_score() {
        // given six ones and four fives: cuts 1, 1, 1, 5
        RfmQuintiles quintiles = RfmQuintiles.of(new double[] {1, 1, 1, 1, 1, 1, 5, 5, 5, 5});

        // then
        assertThat(quintiles.score(1)).isEqualTo(1);
        assertThat(quintiles.score(5)).isEqualTo(4);
        assertThat(quintiles.reverseScore(1)).isEqualTo(5);
    }

    @Test
    void whole_numbers_counted_cut_where_sorted_doubles_cut() {
        // given
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        for (int trial = 0; trial < 200; trial++) {
            int[] days = random.ints(1 + random.nextInt(300), 0, 1 + random.nextInt(60)).toArray();

            // when
            RfmQuintiles counted = RfmQuintiles.ofWholeNumbers(days);
            RfmQuintiles sorted = RfmQuintiles.of(java.util.Arrays.stream(days).asDoubleStream().toArray());

            // then
            for (int v = -1; v <= 61; v++) {
                assertThat(counted.score(v)).isEqualTo(sorted.score(v));
            }
        }
    }
}
