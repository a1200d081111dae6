package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmkit.jdbc.LedgerFaultScenario.Stage;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.shared.StorageException;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection: a {@link LedgerFailingDataSource} under the storage makes the Nth statement
 * (or the commit) of an operation fail, for N = 1, 2, ... through every call the operation makes.
 * After each failure the tenant's ledger (accounts, lots, holds, entries, receipts, counters,
 * outbox) must be exactly as before; a retry with the same key must then leave it exactly as a
 * run that never failed does, and a second retry must return the same receipt and change nothing.
 * A commit that reaches the database but whose answer is lost must leave the operation fully
 * applied, and the retry must return its receipt without applying it twice.
 */
class LedgerFailureInjectionTest {

    /** One database per stack: a pool, the failing data source, a storage the faults reach. */
    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);

    static Stream<Arguments> operationsOnEachDatabase() {
        List<Arguments> cases = new ArrayList<>();
        for (FailureStack stack : FailureStack.values()) {
            for (LedgerFaultScenario scenario : LedgerFaultScenario.values()) {
                cases.add(Arguments.of(stack, scenario));
            }
        }
        return cases.stream();
    }

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_failure_at_any_statement_leaves_the_ledger_untouched_and_a_retry_applies_the_operation_once(FailureStack stack,
            LedgerFaultScenario scenario) {
        // given: how an undisturbed run leaves the ledger, and how many calls it makes
        Database db = database(stack);
        Stage control = stage(db, scenario);
        db.failing().count();
        PointsReceipt undisturbed = scenario.when(control);
        int calls = db.failing().calls();
        List<String> applied = LedgerSnapshot.normalised(db.pool(), control.tenant, control.customers);
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(1);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = LedgerSnapshot.of(db.pool(), stage.tenant);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> scenario.when(stage));
            db.failing().count();

            // then
            String at = scenario + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED);
            assertThat(LedgerSnapshot.of(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
            retryOnceAndCompare(db, scenario, stage, applied, undisturbed, at);
        }
        Stage last = stage(db, scenario);
        db.failing().failBefore(calls + 1);
        PointsReceipt beyond = scenario.when(last);
        assertThat(db.failing().fired()).as("%s armed to fail at call %s", scenario, calls + 1).isFalse();
        assertThat(beyond.points()).isEqualTo(undisturbed.points());
        System.out.println("failure injection on " + stack + ": " + scenario + " failed at each of its " + calls + " calls");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_operation_applied_and_a_retry_returns_its_receipt(FailureStack stack,
            LedgerFaultScenario scenario) {
        // given
        Database db = database(stack);
        Stage control = stage(db, scenario);
        db.failing().count();
        PointsReceipt undisturbed = scenario.when(control);
        int calls = db.failing().calls();
        List<String> applied = LedgerSnapshot.normalised(db.pool(), control.tenant, control.customers);
        Stage stage = stage(db, scenario);

        // when
        db.failing().failAfter(calls);
        Throwable failure = catchThrowable(() -> scenario.when(stage));
        db.failing().count();

        // then
        String at = scenario + " losing the answer to its commit";
        assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED).contains("(commit)");
        assertThat(LedgerSnapshot.normalised(db.pool(), stage.tenant, stage.customers)).as("applied by " + at).isEqualTo(applied);
        retryOnceAndCompare(db, scenario, stage, applied, undisturbed, at);
    }

    /** Retries with the same key: applied exactly as an undisturbed run; a second retry changes nothing. */
    private static void retryOnceAndCompare(Database db, LedgerFaultScenario scenario, Stage stage, List<String> applied,
            PointsReceipt undisturbed, String at) {
        PointsReceipt retried = scenario.when(stage);
        assertThat(List.of(retried.operation(), retried.points(), retried.shortfall(), retried.availableAfter(), retried.entryIds().size()))
                .as("receipt of the retry after " + at)
                .isEqualTo(List.of(undisturbed.operation(), undisturbed.points(), undisturbed.shortfall(), undisturbed.availableAfter(),
                        undisturbed.entryIds().size()));
        List<String> after = LedgerSnapshot.of(db.pool(), stage.tenant);
        assertThat(LedgerSnapshot.normalised(db.pool(), stage.tenant, stage.customers)).as("applied once by the retry after " + at)
                .isEqualTo(applied);
        assertThat(scenario.when(stage)).as("second retry after " + at).isEqualTo(retried);
        assertThat(LedgerSnapshot.of(db.pool(), stage.tenant)).as("unchanged by the second retry after " + at).isEqualTo(after);
    }

    private static Stage stage(Database db, LedgerFaultScenario scenario) {
        db.failing().count();
        Stage stage = new Stage(db.storage(), Tenants.fresh());
        scenario.given(stage);
        return stage;
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
