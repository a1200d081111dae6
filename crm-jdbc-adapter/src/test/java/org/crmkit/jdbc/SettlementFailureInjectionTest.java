package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmkit.jdbc.LedgerFaultScenario.Stage;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.StorageException;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection into settlement by pages: a {@link LedgerFailingDataSource} makes the Nth
 * statement or commit of a {@code settleDue} run fail, before it reaches the database or after the
 * database carried it out, for N = 1, 2, ... through every call the run makes. Whatever failed, a
 * run that reports success must have left no account half settled, and a second run must leave
 * the tenant's ledger exactly as one undisturbed run does: every lot expired once, every timed-out
 * hold released once, every account conserved.
 */
class SettlementFailureInjectionTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);

    static Stream<Arguments> eachDatabaseAndSide() {
        List<Arguments> cases = new ArrayList<>();
        for (FailureStack stack : FailureStack.values()) {
            cases.add(Arguments.of(stack, false));
            cases.add(Arguments.of(stack, true));
        }
        return cases.stream();
    }

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest(name = "{0}, failing after the call: {1}")
    @MethodSource("eachDatabaseAndSide")
    void a_failure_at_any_call_of_a_settlement_run_settles_every_account_once_by_the_next_run(FailureStack stack, boolean afterTheCall) {
        // given: how an undisturbed run leaves the ledger, and how many calls it makes
        Database db = database(stack);
        Stage control = dueStage(db);
        db.failing().count();
        control.loyalty.settleDue(0, 1);
        int calls = db.failing().calls();
        List<String> applied = LedgerSnapshot.normalised(db.pool(), control.tenant, control.customers);
        assertThat(calls).as("calls of an undisturbed run").isGreaterThan(3);

        for (int n = 1; n <= calls; n++) {
            Stage stage = dueStage(db);
            String at = "settleDue failing " + (afterTheCall ? "after" : "before") + " call " + n + " of " + calls;

            // when
            if (afterTheCall) {
                db.failing().failAfter(n);
            } else {
                db.failing().failBefore(n);
            }
            Throwable failure = catchThrowable(() -> stage.loyalty.settleDue(0, 1));
            db.failing().count();
            stage.loyalty.settleDue(0, 1);

            // then
            if (failure != null) {
                assertThat(failure).as(at).isInstanceOf(StorageException.class); // only when the due accounts cannot be read
            }
            assertThat(LedgerSnapshot.normalised(db.pool(), stage.tenant, stage.customers)).as("settled once after " + at).isEqualTo(applied);
        }
        System.out.println("failure injection on " + stack + ": settleDue failed " + (afterTheCall ? "after" : "before") + " each of its "
                + calls + " calls");
    }

    /** Two members with three lots each, one with a hold; then past the lots' expiry and the hold's time-out. */
    private static Stage dueStage(Database db) {
        db.failing().count();
        Stage stage = new Stage(db.storage(), Tenants.fresh());
        int key = 0;
        for (CustomerId customer : stage.customers) {
            for (int lot = 0; lot < 3; lot++) {
                stage.loyalty.grant(new GrantPoints(stage.tenant, customer, LedgerFaultScenario.PROGRAMME, "grant-" + key++, 10 + lot,
                        "goodwill", null, "agent-1"));
            }
        }
        stage.loyalty.hold(new HoldPoints(stage.tenant, stage.customer(0), LedgerFaultScenario.PROGRAMME, "hold-1", 15, "order-1", null,
                null));
        stage.clock.advance(Duration.ofDays(70));
        return stage;
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
