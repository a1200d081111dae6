package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The failure-injection runs the mall, engagement, sales and card suites share: a {@link
 * LedgerFailingDataSource} makes the Nth statement (or the commit) of an operation fail, for N = 1,
 * 2, ... through every call it makes. After each failure the tenant's rows of the tables and its
 * outbox must be exactly as before; a retry must leave them exactly as an undisturbed run does, and
 * a second retry must do what the operation's {@link Replay} says (return the same result, be
 * refused, or find nothing left to do) and change nothing. A commit whose answer is lost must leave
 * the operation applied, and the retry must not apply it twice.
 *
 * @param <S> one attempt's stage: a fresh tenant with the history the operation needs
 */
final class FaultInjection<S> {

    /** One database per stack: a pool, the failing data source, a storage the faults reach. */
    record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    /**
     * What calling an operation again, once it applied, does; in every case but {@link
     * #appliesAgain} it changes nothing.
     *
     * @param refusedWith the exception it is refused with, or null if it answers
     * @param sameResult it answers with its first result (an idempotent command)
     * @param repeatable it applies again: the command carries no key and names no version, so a
     *     caller who lost the answer reads before retrying; a lost commit answer is not retried
     * @param job a batch job: it may absorb a failure (a page that fails is done again a row at a
     *     time) and answer; what it did, it did whole, and run again it finds nothing left to do
     */
    record Replay(@Nullable Class<? extends RuntimeException> refusedWith, boolean sameResult, boolean repeatable, boolean job) {

        /** An idempotent command: calling it again returns its first result. */
        static Replay returnsFirstResult() {
            return new Replay(null, true, false, false);
        }

        /** A command that names the version it expects and carries no idempotency key. */
        static Replay refusedAsStale() {
            return refusedWith(StaleVersionException.class);
        }

        /** A command that the state it left refuses, with {@code exception}. */
        static Replay refusedWith(Class<? extends RuntimeException> exception) {
            return new Replay(exception, false, false, false);
        }

        /** A batch job; see {@link #job}. */
        static Replay aBatchJob() {
            return new Replay(null, false, false, true);
        }

        /** A command without key or version guard, which applies again. */
        static Replay appliesAgain() {
            return new Replay(null, false, true, false);
        }
    }

    /**
     * An operation under test.
     *
     * @param stage a new stage (tenant and history) on the storage
     * @param when the operation; its result is compared between runs through {@code shape}
     * @param shape what two runs on different tenants return alike
     * @param replay what calling it again once it applied does
     */
    record Operation<S>(String name, Function<JdbcStorage, S> stage, Function<S, Object> when, Function<S, TenantId> tenant,
            Function<S, List<CustomerId>> customers, Function<Object, Object> shape, Replay replay) {

        /** An idempotent operation: calling it again returns its first result. */
        Operation(String name, Function<JdbcStorage, S> stage, Function<S, Object> when, Function<S, TenantId> tenant,
                Function<S, List<CustomerId>> customers, Function<Object, Object> shape) {
            this(name, stage, when, tenant, customers, shape, Replay.returnsFirstResult());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}");

    private final Map<FailureStack, Database> databases = new EnumMap<>(FailureStack.class);
    private final List<String> tables;

    /** Runs that compare the tenant's rows of {@code tables} (and its outbox). */
    FaultInjection(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    /**
     * A result's text with its generated ids, its tenant (a generated id too) and fingerprints
     * (digests of both) masked, so that two tenants' runs compare: a {@code shape} for an operation
     * whose result names nothing else generated.
     */
    static String maskedIds(Object result) {
        return GENERATED.matcher(String.valueOf(result)).replaceAll("<id>");
    }

    /**
     * Each of {@code operations} on each stack, the arguments {@code (FailureStack, Operation)} of the
     * parameterized tests that call {@link #failAtEveryCall} and {@link #loseTheCommitAnswer}.
     */
    static <S> Stream<Arguments> onEachDatabase(Stream<Operation<S>> operations) {
        List<Operation<S>> all = operations.toList();
        return Arrays.stream(FailureStack.values()).flatMap(stack -> all.stream().map(operation -> Arguments.of(stack, operation)));
    }

    void close() {
        databases.values().forEach(d -> d.pool().close());
        databases.clear();
    }

    /** Fails the operation before each of its calls in turn, then once beyond its last; see the class description. */
    void failAtEveryCall(FailureStack stack, Operation<S> operation) {
        // given: how an undisturbed run leaves the tenant, and how many calls it makes
        Database db = database(stack);
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
            Object[] answer = new Object[1];
            Throwable failure = catchThrowable(() -> answer[0] = operation.when().apply(stage));
            db.failing().count();

            // then
            String at = operation + " failing before call " + n + " of " + calls;
            if (failure == null && operation.replay().job()) {
                // the job absorbed the failure and did its work another way: whole, with the same answer
                absorbed(db, operation, stage, applied, answer[0], undisturbed, at);
                continue;
            }
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
        System.out.println("failure injection on " + stack + ": " + operation + " failed at each of its " + calls + " calls");
    }

    /** Loses the answer to the operation's commit; see the class description. */
    void loseTheCommitAnswer(FailureStack stack, Operation<S> operation) {
        // given
        Database db = database(stack);
        Baseline base = baseline(db, operation);
        S stage = stage(db, operation);

        // when
        db.failing().failAfter(base.calls());
        Throwable failure = catchThrowable(() -> operation.when().apply(stage));
        db.failing().count();

        // then
        String at = operation + " losing the answer to its commit";
        if (failure == null && operation.replay().job()) {
            // the job saw its commit fail and checked what was left: nothing, since the commit held
            assertThat(normalised(db, operation, stage)).as("applied by " + at).isEqualTo(base.applied());
            replay(db, operation, stage, null, "the rerun after " + at);
            return;
        }
        assertThat(rootMessage(failure)).as(at).contains(LedgerFailingDataSource.INJECTED).contains("(commit)");
        assertThat(normalised(db, operation, stage)).as("applied by " + at).isEqualTo(base.applied());
        if (operation.replay().sameResult()) {
            retryOnceAndCompare(db, operation, stage, base.applied(), base.result(), at);
        } else if (!operation.replay().repeatable()) {
            replay(db, operation, stage, null, "the retry after " + at);
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
        assertThat(normalised(db, operation, stage)).as("applied once by the retry after " + at).isEqualTo(applied);
        replay(db, operation, stage, retried, "the second retry after " + at);
    }

    private void absorbed(Database db, Operation<S> operation, S stage, List<String> applied, Object answer, Object undisturbed, String at) {
        assertThat(operation.shape().apply(answer)).as("answer of " + at).isEqualTo(operation.shape().apply(undisturbed));
        assertThat(normalised(db, operation, stage)).as("applied whole by " + at).isEqualTo(applied);
        replay(db, operation, stage, null, "the rerun after " + at);
    }

    /** Calls an operation that has applied again: it does what its {@link Replay} says and changes nothing. */
    private void replay(Database db, Operation<S> operation, S stage, @Nullable Object first, String what) {
        Replay replay = operation.replay();
        if (replay.repeatable()) {
            return;
        }
        List<String> before = LedgerSnapshot.of(db.pool(), operation.tenant().apply(stage), tables);
        if (replay.refusedWith() != null) {
            assertThat(catchThrowable(() -> operation.when().apply(stage))).as(what).isInstanceOf(replay.refusedWith());
        } else if (replay.sameResult()) {
            assertThat(operation.when().apply(stage)).as(what).isEqualTo(first);
        } else {
            operation.when().apply(stage);
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

    private synchronized Database database(FailureStack stack) {
        return databases.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
