package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which targets a case gets: the most specific rule, a tier outranking type × priority; and the statistics of a report. */
class SlaPolicyRulesTest {

    private static final SlaTargets RETURNS = SlaTargets.hours(12, 24, 72);
    private static final SlaTargets URGENT_RETURNS = SlaTargets.hours(2, 4, 24);
    private static final SlaTargets GOLD = SlaTargets.hours(1, 2, 12);

    private final SlaPolicy policy = SlaPolicy.DEFAULT
            .withRule(new SlaRule(CaseType.RETURN, null, null, RETURNS))
            .withRule(SlaRule.of(CaseType.RETURN, Priority.P1, URGENT_RETURNS))
            .withRule(SlaRule.forTier("gold", GOLD));

    @Test
    void the_most_specific_matching_rule_wins_and_a_tier_outranks_type_and_priority() {
        assertThat(policy.targetsFor(CaseType.RETURN, Priority.P3, null)).isEqualTo(RETURNS);
        assertThat(policy.targetsFor(CaseType.RETURN, Priority.P1, null)).isEqualTo(URGENT_RETURNS);
        assertThat(policy.targetsFor(CaseType.RETURN, Priority.P1, "gold")).isEqualTo(GOLD);
        assertThat(policy.targetsFor(CaseType.INQUIRY, Priority.P1, "silver")).isEqualTo(SlaTargets.DEFAULT);
    }

    @Test
    void targets_must_be_positive_and_the_at_risk_share_a_proper_fraction() {
        assertThatThrownBy(() -> new SlaTargets(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1)))
                .hasMessageContaining("acknowledge must be positive");
        assertThatThrownBy(() -> new SlaPolicy(SlaTargets.DEFAULT, List.of(), 1.0)).hasMessageContaining("atRiskShare");
    }

    @Test
    void duration_statistics_give_the_mean_and_the_nearest_rank_90th_percentile() {
        // given
        List<Duration> tenHours = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofHours).toList();

        // when
        DurationStats stats = DurationStats.of(tenHours);

        // then
        assertThat(stats).isEqualTo(new DurationStats(10, Duration.ofMinutes(330), Duration.ofHours(9)));
        assertThat(DurationStats.of(List.of())).isEqualTo(new DurationStats(0, Duration.ZERO, Duration.ZERO));
    }
}
