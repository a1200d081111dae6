package org.crmkit.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.jdbc.CardFaultScenario.Stage;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on pay, refund and transfer ({@link FaultInjection} says how): a failure at any
 * statement or at the commit leaves the tenant's cards, entries, payments, receipts and outbox
 * exactly as before, a retry with the same key applies the operation once, and a second retry
 * returns the same receipt and changes nothing.
 */
class CardFailureInjectionTest {

    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(CardFaultScenario.TABLES);

    static Stream<Arguments> operationsOnEachDatabase() {
        return FaultInjection.onEachDatabase(Arrays.stream(CardFaultScenario.values()).map(scenario -> new FaultInjection.Operation<Stage>(
                "card " + scenario, storage -> {
                    Stage stage = new Stage(storage, Tenants.fresh());
                    scenario.given(stage);
                    return stage;
                }, scenario::when, s -> s.tenant, s -> List.of(), CardFailureInjectionTest::shape)));
    }

    /** What a retry's receipt must repeat: its ids are the tenant's own. */
    private static Object shape(Object result) {
        CardReceipt receipt = (CardReceipt) result;
        return List.of(receipt.operation(), receipt.amount(), receipt.balanceAfter(), receipt.entryIds().size());
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_failure_at_any_statement_leaves_the_cards_untouched_and_a_retry_applies_the_operation_once(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_operation_applied_and_a_retry_returns_its_receipt(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
