package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on a scoring run ({@link FaultInjection} says how): the run reads the tenant's
 * purchase days, then writes a page of customers in one unit of work (their values, the stage moves
 * of the ones the lifecycle policy moves, and those moves' events and timeline lines). A failure at
 * any statement or commit leaves the tenant's values, customers, timeline and outbox exactly as
 * before; the retry stores exactly what an undisturbed run stores and reports the same; a scoring
 * run is a batch job, and run again with the same observation end it changes nothing (the same
 * values, and no customer moves twice).
 */
class ScoringFailureInjectionTest {

    private static final Instant START = Instant.parse("2025-01-06T04:00:00Z");
    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(List.of("crm_customer_value", "crm_customer", "crm_timeline"));

    /** A tenant whose buyers last bought at different times, scored 200 days after the first purchases. */
    static final class Stage extends CrmStage {

        Stage(JdbcStorage storage) {
            super(storage, START);
            for (int i = 0; i < 6; i++) {
                customers.add(crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Buyer " + i).build()).id());
            }
            for (int day = 0; day < 6; day++) {
                for (int i = 0; i <= day % 3; i++) {
                    CustomerId who = customers.get((day + i) % customers.size());
                    crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, "o-" + day + "-" + i,
                            Money.of(new BigDecimal(20 + 7 * day + i), java.util.Currency.getInstance("CNY"))));
                }
                clock.advance(Duration.ofDays(day < 3 ? 1 : 30));
            }
            // the earliest buyers are past the policy's 180 days without a purchase (at risk); the latest are not
            clock.advance(Duration.ofDays(110));
        }
    }

    static Stream<Arguments> scoringOnEachDatabase() {
        return FaultInjection.onEachDatabase(Stream.of(new FaultInjection.Operation<Stage>("scoring run", Stage::new,
                s -> s.crm.value().score(ScoreCustomers.of(s.tenant)), s -> s.tenant, s -> s.customers,
                ScoringFailureInjectionTest::shape, FaultInjection.Replay.aBatchJob())));
    }

    /** What two runs over alike tenants report alike: everything but the time the run took. */
    private static Object shape(Object result) {
        ScoringReport report = (ScoringReport) result;
        return List.of(report.asOf(), report.customers(), report.repeatCustomers(), String.valueOf(report.notes()),
                String.valueOf(report.segments()), String.valueOf(report.levels()));
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scoringOnEachDatabase")
    void the_undisturbed_run_moves_the_two_long_idle_buyers_at_risk_and_leaves_the_others(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        // given
        Stage stage = operation.stage().apply(stack.sharedStorage());

        // when
        operation.when().apply(stage);

        // then the page's unit wrote stage moves, so the runs above fail inside them too
        List<LifecycleStage> stages = stage.customers.stream()
                .map(id -> stage.crm.customers().find(stage.tenant, id).orElseThrow().stage()).toList();
        assertThat(stages).containsExactly(LifecycleStage.ACTIVE, LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, LifecycleStage.AT_RISK,
                LifecycleStage.ACTIVE, LifecycleStage.ACTIVE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scoringOnEachDatabase")
    void a_failure_at_any_statement_of_a_scoring_run_leaves_values_stages_timeline_and_outbox_as_before_and_a_retry_scores_once(
            FailureStack stack, FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scoringOnEachDatabase")
    void a_scoring_run_whose_commit_answer_is_lost_stays_applied_and_running_it_again_changes_nothing(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
