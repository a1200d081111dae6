package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;

/**
 * The failure-injection runs the mall, engagement, sales and card suites share: a {@link
 * LedgerFailingDataSource} makes the Nth statement (or the commit) of an operation fail, for N = 1,
 * 2, ... through every call it makes. After each failure the tenant's rows of the tables and its
 * outbox must be exactly as before; a retry must leave them exactly as an undisturbed run does, and
 * a second retry must return the same result (or, for a version-guarded command, be refused as
 * stale) and change nothing. A commit whose answer is lost must leave the operation applied, and
 * the retry must not apply it twice.
 *
 * @param <S> one attempt's stage: a fresh tenant with the history the operation needs
 */
final class FaultInjection<S> {

    /** One database per dialect: a pool, the failing wrapper around it, a storage over the wrapper. */
    record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    /**
     * An operation under test.
     *
     * @param stage a new stage (tenant and history) on the storage
     * @param when the operation; its result is compared between runs through {@code shape}
     * @param shape what two runs on different tenants return alike
     * @param versionGuarded the command names the version it expects and carries no idempotency key,
     *     so calling it again once it applied is refused as stale (and changes nothing) rather than
     *     answered with its first result
     */
    record Operation<S>(String name, Function<JdbcStorage, S> stage, Function<S, Object> when, Function<S, TenantId> tenant,
            Function<S, List<CustomerId>> customers, Function<Object, Object> shape, boolean versionGuarded) {

        /** An idempotent operation: calling it again returns its first result. */
        Operation(String name, Function<JdbcStorage, S> stage, Function<S, Object> when, Function<S, TenantId> tenant,
                Function<S, List<CustomerId>> customers, Function<Object, Object> shape) {
            this(name, stage, when, tenant, customers, shape, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Dialect, Database> databases = new EnumMap<>(Dialect.class);
    private final List<String> tables;

    /** Runs that compare the tenant's rows of {@code tables} (and its outbox). */
    FaultInjection(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    void close() {
        databases.values().forEach(d -> d.pool().close());
        databases.clear();
    }

    /** Fails the operation before each of its calls in turn, then once beyond its last; see the class description. */
    void failAtEveryCall(Dialect dialect, Operation<S> operation) {
        // given: how an undisturbed run leaves the tenant, and how many calls it makes
        Database db = database(dialect);
        Baseline base = baseline(db, operation);
        Object undisturbed = base.result();
        int calls = base.calls();
        List<String> applied = base.applied();
        assertThat(calls).as("calls of an undisturbed %s", operation).isGreaterThan(1);

        for (int n = 1; n <= calls; n++) {
            S stage = stage(db, operation);
            List<String> before = LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> operation.when().apply(stage));
            db.failing().count();

            // then
            String at = operation + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED);
            assertThat(LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables)).as("untouched after " + at).isEqualTo(before);
            retryOnceAndCompare(db, operation, stage, applied, undisturbed, at);
        }
        S last = stage(db, operation);
        db.failing().failBefore(calls + 1);
        Object beyond = operation.when().apply(last);
        assertThat(db.failing().fired()).as("%s armed to fail at call %s", operation, calls + 1).isFalse();
        assertThat(operation.shape().apply(beyond)).isEqualTo(operation.shape().apply(undisturbed));
        System.out.println("failure injection on " + dialect + ": " + operation + " failed at each of its " + calls + " calls");
    }

    /** Loses the answer to the operation's commit; see the class description. */
    void loseTheCommitAnswer(Dialect dialect, Operation<S> operation) {
        // given
        Database db = database(dialect);
        Baseline base = baseline(db, operation);
        S stage = stage(db, operation);

        // when
        db.failing().failAfter(base.calls());
        Throwable failure = catchThrowable(() -> operation.when().apply(stage));
        db.failing().count();

        // then
        String at = operation + " losing the answer to its commit";
        assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED).contains("(commit)");
        assertThat(normalised(db, operation, stage)).as("applied by " + at).isEqualTo(base.applied());
        if (operation.versionGuarded()) {
            replay(db, operation, stage, null, "the retry after " + at);
        } else {
            retryOnceAndCompare(db, operation, stage, base.applied(), base.result(), at);
        }
    }

    /** What an undisturbed run returned, how many calls it made, and how it left its tenant (normalised). */
    private record Baseline(Object result, int calls, List<String> applied) {}

    /** Counted after a first run that pays the storage's one-time statements (caches filled, statements first planned). */
    private Baseline baseline(Database db, Operation<S> operation) {
        operation.when().apply(stage(db, operation));
        S control = stage(db, operation);
        db.failing().count();
        Object result = operation.when().apply(control);
        int calls = db.failing().calls();
        return new Baseline(result, calls, normalised(db, operation, control));
    }

    private void retryOnceAndCompare(Database db, Operation<S> operation, S stage, List<String> applied, Object undisturbed, String at) {
        Object retried = operation.when().apply(stage);
        assertThat(operation.shape().apply(retried)).as("result of the retry after " + at).isEqualTo(operation.shape().apply(undisturbed));
        List<String> after = LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables);
        assertThat(normalised(db, operation, stage)).as("applied once by the retry after " + at).isEqualTo(applied);
        replay(db, operation, stage, retried, "the second retry after " + at);
    }

    /** Calls an operation that has applied again: it returns {@code first} (or is refused as stale) and changes nothing. */
    private void replay(Database db, Operation<S> operation, S stage, Object first, String what) {
        List<String> before = LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables);
        if (operation.versionGuarded()) {
            assertThat(catchThrowable(() -> operation.when().apply(stage))).as(what).isInstanceOf(StaleVersionException.class);
        } else {
            assertThat(operation.when().apply(stage)).as(what).isEqualTo(first);
        }
        assertThat(LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables)).as("unchanged by " + what).isEqualTo(before);
    }

    private List<String> normalised(Database db, Operation<S> operation, S stage) {
        return LedgerSnapshot.normalised(db.pool(), operation.tenant().apply(stage), operation.customers().apply(stage), tables);
    }

    private static <S> S stage(Database db, Operation<S> operation) {
        db.failing().count();
        return operation.stage().apply(db.storage());
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    private synchronized Database database(Dialect dialect) {
        return databases.computeIfAbsent(dialect, d -> {
            String url = TestDatabases.freshUrl(d);
            HikariDataSource pool = TestDatabases.pool(url, 4);
            JdbcStorage.create(pool);
            LedgerFailingDataSource failing = new LedgerFailingDataSource(pool);
            return new Database(pool, failing, JdbcStorage.withoutMigrating(failing, d));
        });
    }
}
