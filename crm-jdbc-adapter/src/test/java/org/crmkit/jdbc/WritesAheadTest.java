package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which statements may carry a unit's deferred writes ahead of them: those whose every part fails
 * only for reasons of its own (queries, inserts that skip conflicts), alone or sent together.
 */
class WritesAheadTest {

    @Test
    void queries_and_inserts_that_skip_conflicts_carry_alone_or_together() {
        assertThat(WritesAhead.carries("SELECT a FROM t WHERE k = ?")).isTrue();
        assertThat(WritesAhead.carries("select a FROM t WHERE k = ? FOR UPDATE")).isTrue();
        assertThat(WritesAhead.carries("INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING")).isTrue();
        assertThat(WritesAhead.carries("SELECT a FROM t FOR UPDATE; SELECT b FROM u; INSERT INTO c (n) VALUES (?) ON CONFLICT DO NOTHING"))
                .isTrue();
    }

    @Test
    void a_write_that_can_fail_on_a_deferred_writes_account_does_not_carry_even_among_queries() {
        assertThat(WritesAhead.carries("UPDATE t SET a = ? WHERE k = ?")).isFalse();
        assertThat(WritesAhead.carries("INSERT INTO t (a) VALUES (?)")).isFalse();
        assertThat(WritesAhead.carries("WITH u AS (UPDATE t SET a = 1 RETURNING 1) SELECT COUNT(*) FROM u")).isFalse();
        assertThat(WritesAhead.carries("SELECT a FROM t; UPDATE t SET a = ?")).isFalse();
        assertThat(WritesAhead.carries("UPDATE t SET a = ?; SELECT a FROM t")).isFalse();
        assertThat(WritesAhead.carries("SELECT a FROM t;UPDATE t SET a = ?")).as("parts not split as the adapter joins them").isFalse();
        assertThat(WritesAhead.carries("SELECT a FROM t; ")).isFalse();
    }
}
