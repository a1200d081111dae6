package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on a tier assessment ({@link FaultInjection} says how): a page of members is one
 * unit of work (the locking read, their facts, the memberships written together, the history lines
 * of the members who move, and those moves' events and timeline lines). A failure at any statement or
 * commit leaves the tenant's memberships, history, timeline and outbox exactly as before; the retry
 * stores exactly what an undisturbed run stores; run again for the same day it changes nothing.
 */
class TierAssessmentFailureInjectionTest {

    private static final ProgrammeId PROGRAMME = ProgrammeId.of("growth");
    private static final Instant START = Instant.parse("2025-01-06T04:00:00Z");
    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(List.of("crm_membership", "crm_tier_history", "crm_timeline"));

    /**
     * JD's ladder; members lifted by growth 13 months before the assessment, then the ladder raised its thresholds, so that
     * the members below their tier's new threshold, their 12 months' retention over, drop one tier.
     */
    static final class Stage extends CrmStage {

        Stage(JdbcStorage storage) {
            super(storage, START);
            crm.tiers().defineLadder(ladder(1_000, 3_000, 10_000));
            for (int i = 0; i < 5; i++) {
                CustomerId id = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Member " + i).build()).id();
                customers.add(id);
                crm.tiers().grantGrowth(new GrantGrowth(tenant, id, PROGRAMME, "growth-" + i, 1 + 2_500L * i + (i == 4 ? 30_000 : 0), "welcome"));
            }
            clock.advance(Duration.ofDays(391)); // 1 February 2026, JD's monthly assessment day
            crm.tiers().defineLadder(ladder(3_000, 6_000, 30_000));
        }

        private TierLadder ladder(long bronze, long silver, long gold) {
            return TierLadder.of(tenant, PROGRAMME, List.of(Tier.of("registered", "注册会员", 0), Tier.of("bronze", "铜牌会员", bronze),
                    Tier.of("silver", "银牌会员", silver), Tier.of("gold", "金牌会员", gold)), QualifyingMetrics.growthValue(), TierPolicies.jd(),
                    Crm.DEFAULT_ZONE);
        }

        AssessmentReport assess() {
            LocalDate today = LocalDate.ofInstant(clock.instant(), Crm.DEFAULT_ZONE);
            return crm.tiers().assess(tenant, PROGRAMME, today, 0, 1, AssessmentListener.NONE);
        }
    }

    static Stream<Arguments> assessmentOnEachDatabase() {
        return FaultInjection.onEachDatabase(Stream.of(new FaultInjection.Operation<Stage>("tier assessment", Stage::new, Stage::assess,
                s -> s.tenant, s -> s.customers, TierAssessmentFailureInjectionTest::shape, FaultInjection.Replay.aBatchJob())));
    }

    /** What two runs over alike tenants report alike: all of it (the date is the same day). */
    private static Object shape(Object result) {
        return result;
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("assessmentOnEachDatabase")
    void the_undisturbed_assessment_drops_the_members_below_their_tiers_new_threshold_one_tier(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        // given
        Stage stage = operation.stage().apply(stack.sharedStorage());

        // when
        AssessmentReport report = stage.assess();

        // then the page's unit moved members, so the runs below fail inside such a unit too
        assertThat(List.of(report.examined(), report.downgraded(), report.upgraded())).containsExactly(5L, 2L, 0L);
        assertThat(stage.customers.stream().map(id -> stage.crm.tiers().status(stage.tenant, id, PROGRAMME).earnedTierCode()).toList())
                .containsExactly("registered", "registered", "bronze", "silver", "gold");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("assessmentOnEachDatabase")
    void a_failure_at_any_statement_of_an_assessment_leaves_members_history_timeline_and_outbox_as_before_and_a_retry_assesses_once(
            FailureStack stack, FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("assessmentOnEachDatabase")
    void an_assessment_whose_commit_answer_is_lost_stays_applied_and_assessing_the_day_again_changes_nothing(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
