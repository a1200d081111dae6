package org.crmkit.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.jdbc.EngagementFaultScenario.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection into reviews, surveys and churn reasons ({@link FaultInjection} says how): a
 * failure at any statement or at the commit leaves the tenant's reviews, rating counters, survey
 * responses, churn reasons, customer row and tags, ledger and outbox untouched (no review stored,
 * no bonus or reward paid, no tag changed), and a retry applies the operation exactly once.
 */
class EngagementFailureInjectionTest {

    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(Stream.concat(LedgerSnapshot.TABLES.stream(),
            Stream.of("crm_review", "crm_product_rating", "crm_survey_response", "crm_churn_reason", "crm_customer", "crm_customer_tag"))
            .toList());

    static Stream<Arguments> operationsOnEachDatabase() {
        return FaultInjection.onEachDatabase(Arrays.stream(EngagementFaultScenario.values()).map(scenario -> new FaultInjection.Operation<Stage>(
                scenario.name(), storage -> {
                    Stage stage = new Stage(storage);
                    scenario.given(stage);
                    return stage;
                }, scenario::when, s -> s.tenant, Stage::customers, EngagementFaultScenario::shape)));
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
    void a_commit_whose_answer_is_lost_leaves_the_operation_applied_and_a_retry_returns_its_result(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
