package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryingTheOutermostUnitOfWorkTest {

    /** Units of work that only count: started outermost units, rolled-back ones, and the nesting depth. */
    private static final class CountingTransactions implements TransactionRunner {
        int started;
        int rolledBack;
        private int depth;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (depth == 0) {
                started++;
            }
            depth++;
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (depth == 1) {
                    rolledBack++;
                }
                throw e;
            } finally {
                depth--;
            }
        }

        @Override
        public boolean inUnitOfWork() {
            return depth > 0;
        }
    }

    private final CountingTransactions transactions = new CountingTransactions();

    private static StaleVersionException lostRace() {
        return new StaleVersionException("customer", "c-1", 3);
    }

    @Test
    void an_outermost_unit_that_loses_a_race_runs_again_in_a_new_unit_until_it_succeeds() {
        // given
        List<Integer> attempts = new ArrayList<>();

        // when
        String result = UnitOfWork.retrying(transactions, () -> {
            attempts.add(attempts.size() + 1);
            if (attempts.size() < 3) {
                throw lostRace();
            }
            return "done";
        });

        // then
        assertThat(result).isEqualTo("done");
        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(transactions.started).isEqualTo(3);
        assertThat(transactions.rolledBack).isEqualTo(2);
    }

    @Test
    void an_outermost_unit_gives_up_after_the_bound_and_throws_the_last_conflict() {
        // given
        List<StaleVersionException> thrown = new ArrayList<>();

        // when
        Throwable failure = catchThrowable(() -> UnitOfWork.retrying(transactions, () -> {
            StaleVersionException e = lostRace();
            thrown.add(e);
            throw e;
        }));

        // then
        assertThat(thrown).hasSize(UnitOfWork.MAX_ATTEMPTS);
        assertThat(failure).isSameAs(thrown.get(thrown.size() - 1));
        assertThat(transactions.started).isEqualTo(UnitOfWork.MAX_ATTEMPTS);
    }

    @Test
    void a_nested_unit_runs_once_and_lets_the_conflict_reach_the_outer_unit() {
        // given
        List<String> calls = new ArrayList<>();
        DuplicateKeyException conflict = new DuplicateKeyException("membership", "customer id");

        // when
        Throwable failure = catchThrowable(() -> transactions.inTransaction(() -> UnitOfWork.retrying(transactions, () -> {
            calls.add("nested");
            throw conflict;
        })));

        // then
        assertThat(failure).isSameAs(conflict);
        assertThat(calls).containsExactly("nested");
        assertThat(transactions.started).isEqualTo(1);
    }

    @Test
    void the_outer_unit_retries_the_whole_block_when_a_nested_call_loses_a_race() {
        // given
        List<String> calls = new ArrayList<>();

        // when
        String result = UnitOfWork.retrying(transactions, () -> {
            calls.add("outer");
            return UnitOfWork.retrying(transactions, () -> {
                calls.add("nested");
                if (calls.size() < 4) {
                    throw lostRace();
                }
                return "both done";
            });
        });

        // then
        assertThat(result).isEqualTo("both done");
        assertThat(calls).containsExactly("outer", "nested", "outer", "nested");
        assertThat(transactions.started).isEqualTo(2);
    }

    @Test
    void a_failure_that_is_not_a_conflict_is_not_retried() {
        // given
        List<String> calls = new ArrayList<>();
        NotFoundException notFound = new NotFoundException("customer", TenantId.of("shop"), "c-1");

        // when
        Throwable failure = catchThrowable(() -> UnitOfWork.retrying(transactions, () -> {
            calls.add("attempt");
            throw notFound;
        }));

        // then
        assertThat(failure).isSameAs(notFound);
        assertThat(calls).hasSize(1);
        assertThat(transactions.rolledBack).isEqualTo(1);
    }

    @Test
    void a_conflict_other_than_the_named_lost_race_is_not_retried() {
        // given
        List<String> calls = new ArrayList<>();
        DuplicateKeyException taken = new DuplicateKeyException("customer", "mobile");

        // when
        Throwable failure = catchThrowable(() -> UnitOfWork.retrying(transactions, StaleVersionException.class, () -> {
            calls.add("attempt");
            throw taken;
        }));

        // then
        assertThat(failure).isSameAs(taken);
        assertThat(calls).hasSize(1);
    }
}
