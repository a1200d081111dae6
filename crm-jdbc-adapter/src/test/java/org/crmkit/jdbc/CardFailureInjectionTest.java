package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmkit.jdbc.CardFaultScenario.Stage;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.shared.StorageException;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on pay, refund and transfer: a {@link LedgerFailingDataSource} under the storage
 * makes the Nth statement (or the commit) of the operation fail, for N = 1, 2, ... through every
 * call it makes. After each failure the tenant's cards, entries, payments, receipts and outbox must
 * be exactly as before; a retry with the same key must leave them exactly as a run that never
 * failed does, and a second retry must return the same receipt and change nothing. A commit whose
 * answer is lost must leave the operation applied, and the retry must return its receipt without
 * applying it twice.
 */
class CardFailureInjectionTest {

    /** One database per dialect: a pool, the failing wrapper around it, a storage over the wrapper. */
    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<Dialect, Database> DATABASES = new EnumMap<>(Dialect.class);

    static Stream<Arguments> operationsOnEachDatabase() {
        List<Arguments> cases = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            for (CardFaultScenario scenario : CardFaultScenario.values()) {
                cases.add(Arguments.of(dialect, scenario));
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
    void a_failure_at_any_statement_leaves_the_cards_untouched_and_a_retry_applies_the_operation_once(Dialect dialect,
            CardFaultScenario scenario) {
        // given: how an undisturbed run leaves the cards, and how many calls it makes
        Database db = database(dialect);
        Stage control = stage(db, scenario);
        db.failing().count();
        CardReceipt undisturbed = scenario.when(control);
        int calls = db.failing().calls();
        List<String> applied = CardSnapshot.normalised(db.pool(), control.tenant);
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(3);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = CardSnapshot.of(db.pool(), stage.tenant);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> scenario.when(stage));
            db.failing().count();

            // then
            String at = scenario + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED);
            assertThat(CardSnapshot.of(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
            retryOnceAndCompare(db, scenario, stage, applied, undisturbed, at);
        }
        Stage last = stage(db, scenario);
        db.failing().failBefore(calls + 1);
        scenario.when(last);
        assertThat(db.failing().fired()).as("%s armed to fail at call %s", scenario, calls + 1).isFalse();
        db.failing().count();
        System.out.println("card failure injection on " + dialect + ": " + scenario + " failed at each of its " + calls + " calls");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_operation_applied_and_a_retry_returns_its_receipt(Dialect dialect,
            CardFaultScenario scenario) {
        // given
        Database db = database(dialect);
        Stage control = stage(db, scenario);
        db.failing().count();
        CardReceipt undisturbed = scenario.when(control);
        int calls = db.failing().calls();
        List<String> applied = CardSnapshot.normalised(db.pool(), control.tenant);
        Stage stage = stage(db, scenario);

        // when
        db.failing().failAfter(calls);
        Throwable failure = catchThrowable(() -> scenario.when(stage));
        db.failing().count();

        // then
        String at = scenario + " losing the answer to its commit";
        assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED).contains("(commit)");
        assertThat(CardSnapshot.normalised(db.pool(), stage.tenant)).as("applied by " + at).isEqualTo(applied);
        retryOnceAndCompare(db, scenario, stage, applied, undisturbed, at);
    }

    /** Retries with the same key: applied exactly as an undisturbed run; a second retry changes nothing. */
    private static void retryOnceAndCompare(Database db, CardFaultScenario scenario, Stage stage, List<String> applied,
            CardReceipt undisturbed, String at) {
        CardReceipt retried = scenario.when(stage);
        assertThat(List.of(retried.operation(), retried.amount(), retried.balanceAfter(), retried.entryIds().size()))
                .as("receipt of the retry after " + at)
                .isEqualTo(List.of(undisturbed.operation(), undisturbed.amount(), undisturbed.balanceAfter(), undisturbed.entryIds().size()));
        List<String> after = CardSnapshot.of(db.pool(), stage.tenant);
        assertThat(CardSnapshot.normalised(db.pool(), stage.tenant)).as("applied once by the retry after " + at).isEqualTo(applied);
        assertThat(scenario.when(stage)).as("second retry after " + at).isEqualTo(retried);
        assertThat(CardSnapshot.of(db.pool(), stage.tenant)).as("unchanged by the second retry after " + at).isEqualTo(after);
    }

    private static Stage stage(Database db, CardFaultScenario scenario) {
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

    private static synchronized Database database(Dialect dialect) {
        return DATABASES.computeIfAbsent(dialect, d -> {
            String url = TestDatabases.freshUrl(d);
            HikariDataSource pool = TestDatabases.pool(url, 4);
            JdbcStorage.create(pool);
            LedgerFailingDataSource failing = new LedgerFailingDataSource(pool);
            JdbcStorage storage = JdbcStorage.withoutMigrating(failing, d);
            Outboxes.drainAll(storage.outbox());
            return new Database(pool, failing, storage);
        });
    }
}
