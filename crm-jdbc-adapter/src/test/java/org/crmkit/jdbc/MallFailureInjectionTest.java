package org.crmkit.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.jdbc.MallFaultScenario.Stage;
import org.crmkit.offer.mall.MallOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection into the points mall, as {@link LedgerFailureInjectionTest} does for the ledger
 * ({@link FaultInjection} says how): the Nth statement (or the commit) of a redemption or a
 * cancellation fails, for N = 1, 2, ... through every call it makes. After each failure the
 * tenant's catalogue, counters, orders, ledger and outbox must be exactly as before (no stock
 * reserved, no points spent or refunded); a retry must then leave them exactly as a run that never
 * failed does, and a second retry must return the same order and change nothing. A commit whose
 * answer is lost must leave the operation fully applied, and the retry must return its order
 * without applying it twice.
 */
class MallFailureInjectionTest {

    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(Stream.concat(LedgerSnapshot.TABLES.stream(),
            Stream.of("crm_mall_item", "crm_mall_held", "crm_mall_order")).toList());

    static Stream<Arguments> operationsOnEachDatabase() {
        return FaultInjection.onEachDatabase(Arrays.stream(MallFaultScenario.values()).map(scenario -> new FaultInjection.Operation<Stage>(
                scenario.name(), storage -> {
                    Stage stage = new Stage(storage);
                    scenario.given(stage);
                    return stage;
                }, scenario::when, s -> s.tenant, Stage::customers, MallFailureInjectionTest::shape)));
    }

    /** What a retried order must share with an undisturbed one. */
    private static Object shape(Object result) {
        MallOrder order = (MallOrder) result;
        return List.of(order.status(), order.points(), order.quantity(), String.valueOf(order.cash()), order.version());
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_failure_at_any_statement_leaves_everything_untouched_and_a_retry_applies_the_operation_once(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_operation_applied_and_a_retry_returns_its_order(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
