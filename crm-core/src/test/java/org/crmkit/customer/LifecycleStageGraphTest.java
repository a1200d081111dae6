package org.crmkit.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.customer.LifecycleStage.ACTIVE;
import static org.crmkit.customer.LifecycleStage.AT_RISK;
import static org.crmkit.customer.LifecycleStage.CHURNED;
import static org.crmkit.customer.LifecycleStage.LOYAL;
import static org.crmkit.customer.LifecycleStage.PROSPECT;
import static org.crmkit.customer.LifecycleStage.QUALIFIED;
import static org.crmkit.customer.LifecycleStage.WON_BACK;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleStageGraphTest {

    static Stream<Arguments> documentedMoves() {
        return Stream.of(
                Arguments.of(PROSPECT, EnumSet.of(QUALIFIED, ACTIVE)),
                Arguments.of(QUALIFIED, EnumSet.of(ACTIVE)),
                Arguments.of(ACTIVE, EnumSet.of(LOYAL, AT_RISK)),
                Arguments.of(LOYAL, EnumSet.of(AT_RISK)),
                Arguments.of(AT_RISK, EnumSet.of(ACTIVE, LOYAL, CHURNED)),
                Arguments.of(CHURNED, EnumSet.of(WON_BACK)),
                Arguments.of(WON_BACK, EnumSet.of(ACTIVE, AT_RISK)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("documentedMoves")
    void each_stage_allows_exactly_the_documented_moves(LifecycleStage from, Set<LifecycleStage> allowed) {
        // when / then
        assertThat(from.next()).isEqualTo(allowed);
        for (LifecycleStage to : LifecycleStage.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed.contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void no_stage_moves_to_itself_and_every_stage_can_move_on(LifecycleStage stage) {
        // when / then
        assertThat(stage.canMoveTo(stage)).isFalse();
        assertThat(stage.next()).isNotEmpty();
    }

    @Test
    void every_stage_is_reachable_from_prospect_and_nothing_leads_back_to_prospect() {
        // given
        Set<LifecycleStage> reached = EnumSet.of(PROSPECT);
        Deque<LifecycleStage> toVisit = new ArrayDeque<>(reached);

        // when
        while (!toVisit.isEmpty()) {
            for (LifecycleStage next : toVisit.pop().next()) {
                if (reached.add(next)) {
                    toVisit.push(next);
                }
            }
        }

        // then
        assertThat(reached).containsExactlyInAnyOrder(LifecycleStage.values());
        assertThat(Arrays.stream(LifecycleStage.values())).noneMatch(s -> s.canMoveTo(PROSPECT));
    }

    @Test
    void a_churned_customer_must_be_won_back_before_counting_as_active() {
        // when / then
        assertThat(CHURNED.canMoveTo(ACTIVE)).isFalse();
        assertThat(CHURNED.canMoveTo(WON_BACK)).isTrue();
        assertThat(WON_BACK.canMoveTo(ACTIVE)).isTrue();
    }

    @Test
    void the_set_of_next_stages_cannot_be_corrupted_by_a_caller() {
        // given
        Set<LifecycleStage> next = QUALIFIED.next();

        // when
        try {
            next.add(CHURNED);
        } catch (UnsupportedOperationException immutable) {
            // fine as well
        }

        // then
        assertThat(QUALIFIED.next()).containsExactly(ACTIVE);
    }
}
