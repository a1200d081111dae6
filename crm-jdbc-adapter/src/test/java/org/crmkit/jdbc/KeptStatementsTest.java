package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On H2 behind HikariCP a statement is prepared once per connection and kept between units of work, and a kept statement
 * reads what is in the table now: H2's re-use of a query's last result never hands back rows from before a write, this
 * transaction's own or another's, with H2's own statement cache off ({@code QUERY_CACHE_SIZE=0}) and on.
 */
class KeptStatementsTest {

    private static final String READ = "SELECT v FROM kept WHERE k = ?";

    private HikariDataSource pool;
    private final KeptStatements kept = new KeptStatements();

    @BeforeEach
    void createTable() throws SQLException {
        pool = poolWithTable(0);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    /** A pool of two on a new database holding the table {@code kept}, with H2's own statement cache of {@code queryCacheSize}. */
    private static HikariDataSource poolWithTable(int queryCacheSize) throws SQLException {
        HikariDataSource pool = TestDatabases.pool(
                "jdbc:h2:mem:kept-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + queryCacheSize, 2);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (k INT PRIMARY KEY, v INT)");
            s.execute("INSERT INTO kept VALUES (1, 10), (2, 20)");
        }
        return pool;
    }

    @Test
    void a_statement_closed_in_one_unit_is_the_same_statement_in_the_next_on_that_connection() throws SQLException {
        // given a pool of one connection in use, so both units get the same H2 connection
        pool.setMaximumPoolSize(1);
        PreparedStatement first;
        // when one unit prepares and closes a statement and the next prepares the same text
        try (Connection c = kept.connection(pool.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
            first = s.unwrap(PreparedStatement.class);
            assertThat(value(s, 1)).isEqualTo(10);
        }
        try (Connection c = kept.connection(pool.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
            // then each handle equals itself only, as a connection and a statement do
            assertThat(c).isEqualTo(c).hasSameHashCodeAs(c).isNotEqualTo(c.unwrap(Connection.class));
            assertThat(s).isEqualTo(s).hasSameHashCodeAs(s).isNotEqualTo(first);
            // and H2's statement is the one prepared before, its parameters set afresh
            assertThat(s.unwrap(PreparedStatement.class)).isSameAs(first);
            assertThat(value(s, 2)).isEqualTo(20);
        }
        assertThat(kept.connections()).isEqualTo(1);
    }

    @ParameterizedTest(name = "QUERY_CACHE_SIZE={0}")
    @ValueSource(ints = {0, 8})
    void a_kept_query_sees_its_own_transactions_write_and_another_connections_commit(int queryCacheSize) throws SQLException {
        try (HikariDataSource cached = poolWithTable(queryCacheSize); Connection c = kept.connection(cached.getConnection())) {
            c.setAutoCommit(false);
            // given a query run once in this transaction
            assertThat(read(c, 1)).isEqualTo(10);
            // when the transaction changes the row, the same query sees the change
            try (PreparedStatement s = c.prepareStatement("UPDATE kept SET v = 11 WHERE k = 1")) {
                s.executeUpdate();
            }
            assertThat(read(c, 1)).isEqualTo(11);
            c.commit();
            assertThat(read(c, 1)).isEqualTo(11);
            // and when another connection commits a change, the kept query sees that too
            try (Connection other = cached.getConnection(); Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE kept SET v = 12 WHERE k = 1");
            }
            assertThat(read(c, 1)).isEqualTo(12);
            // and a rolled-back change is gone for it
            try (PreparedStatement s = c.prepareStatement("UPDATE kept SET v = 13 WHERE k = 1")) {
                s.executeUpdate();
            }
            assertThat(read(c, 1)).isEqualTo(13);
            c.rollback();
            assertThat(read(c, 1)).isEqualTo(12);
            c.commit();
        }
    }

    @Test
    void the_same_text_open_twice_at_once_is_two_statements_and_one_is_kept() throws SQLException {
        pool.setMaximumPoolSize(1);
        PreparedStatement first;
        PreparedStatement second;
        try (Connection c = kept.connection(pool.getConnection());
                PreparedStatement a = c.prepareStatement(READ);
                PreparedStatement b = c.prepareStatement(READ)) {
            first = a.unwrap(PreparedStatement.class);
            second = b.unwrap(PreparedStatement.class);
            // when one statement of a text is open while the text is prepared again
            a.setInt(1, 1);
            try (ResultSet rows = a.executeQuery()) {
                rows.next();
                // then the second is its own statement, and each reads its own rows
                assertThat(second).isNotSameAs(first);
                assertThat(value(b, 2)).isEqualTo(20);
                assertThat(rows.getInt(1)).isEqualTo(10);
            }
        } // b closes first, then a
        // and after both are closed, the one closed first is kept and the other is closed
        assertThat(first.isClosed()).isTrue();
        try (Connection c = kept.connection(pool.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
            assertThat(s.unwrap(PreparedStatement.class)).isSameAs(second);
            assertThat(value(s, 1)).isEqualTo(10);
        }
    }

    @Test
    void a_closed_handle_closes_its_result_refuses_work_and_closing_it_again_does_nothing() throws SQLException {
        try (Connection c = kept.connection(pool.getConnection())) {
            PreparedStatement s = c.prepareStatement(READ);
            s.setInt(1, 1);
            ResultSet left = s.executeQuery();
            s.close();
            s.close();
            assertThat(left.isClosed()).as("the result the caller left open").isTrue();
            assertThat(s.isClosed()).isTrue();
            assertThatThrownBy(() -> value(s, 1)).isInstanceOf(SQLException.class).hasMessageContaining("closed");
            // the statement under it went back to the connection and serves the next caller
            assertThat(read(c, 2)).isEqualTo(20);
        }
    }

    @Test
    void a_connection_the_pool_closed_is_forgotten_and_its_successor_prepares_anew() throws SQLException {
        pool.setMaximumPoolSize(1);
        PreparedStatement first;
        try (Connection c = kept.connection(pool.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
            first = s.unwrap(PreparedStatement.class);
            value(s, 1);
        }
        // when the pool retires its connection (HikariCP closes it on a thread of its own)
        try (Connection c = pool.getConnection()) {
            pool.evictConnection(c);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!first.getConnection().isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        // then the next unit's connection prepares the text again, and only it is remembered
        try (Connection c = kept.connection(pool.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
            assertThat(s.unwrap(PreparedStatement.class)).isNotSameAs(first);
            assertThat(value(s, 2)).isEqualTo(20);
        }
        assertThat(kept.connections()).isEqualTo(1);
    }

    @Test
    void each_connection_keeps_at_most_its_limit_closing_the_least_recently_used() throws SQLException {
        pool.setMaximumPoolSize(1);
        List<PreparedStatement> prepared = new ArrayList<>();
        try (Connection c = kept.connection(pool.getConnection())) {
            for (int i = 0; i <= KeptStatements.PER_CONNECTION; i++) {
                try (PreparedStatement s = c.prepareStatement("SELECT v + " + i + " FROM kept WHERE k = ?")) {
                    prepared.add(s.unwrap(PreparedStatement.class));
                    assertThat(value(s, 1)).isEqualTo(10 + i);
                }
            }
        }
        assertThat(prepared.get(0).isClosed()).isTrue();
        assertThat(prepared.subList(1, prepared.size())).noneMatch(this::closed);
    }

    @Test
    void a_data_source_hikari_pools_sees_every_execution_of_a_kept_statement() throws SQLException {
        // given a pool of one given a wrapper that counts statements, around H2's own data source
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:kept-wrapped-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
        LedgerFailingDataSource counting = new LedgerFailingDataSource(h2);
        HikariConfig config = new HikariConfig();
        config.setDataSource(counting);
        config.setMaximumPoolSize(1);
        try (HikariDataSource wrapped = new HikariDataSource(config)) {
            try (Connection c = wrapped.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (k INT PRIMARY KEY, v INT)");
                s.execute("INSERT INTO kept VALUES (1, 10)");
            }
            counting.count();
            PreparedStatement first;
            // when two units run the same statement
            try (Connection c = kept.connection(wrapped.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
                first = s.unwrap(PreparedStatement.class);
                assertThat(value(s, 1)).isEqualTo(10);
            }
            try (Connection c = kept.connection(wrapped.getConnection()); PreparedStatement s = c.prepareStatement(READ)) {
                // then the statement is kept on the wrapper's connection, and the wrapper counted both executions
                assertThat(s.unwrap(PreparedStatement.class)).isSameAs(first);
                assertThat(value(s, 1)).isEqualTo(10);
            }
            assertThat(counting.calls()).isEqualTo(2);
        }
    }

    @Test
    void a_connection_not_from_hikari_is_used_as_given() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:kept-direct-" + System.nanoTime());
        try (Connection direct = h2.getConnection()) {
            assertThat(kept.connection(direct)).isSameAs(direct);
        }
        assertThat(kept.connections()).isZero();
    }

    @Test
    void a_locking_read_on_kept_statements_is_one_for_update_query_that_waits_for_the_lock_and_reads_the_commit() throws Exception {
        // given: one unit has changed row 1 and holds its lock
        Dialect.LockingRead lock = Dialect.H2.lockingRead(READ, "UPDATE kept SET v = v WHERE k = ?");
        List<String> prepared = new ArrayList<>();
        try (Connection writer = pool.getConnection()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("UPDATE kept SET v = 11 WHERE k = 1");
            }
            // when another unit, its statements kept, reads row 1 with the lock
            CompletableFuture<Integer> locked = CompletableFuture.supplyAsync(() -> {
                try (Connection c = recording(kept.connection(pool.getConnection()), prepared)) {
                    c.setAutoCommit(false);
                    try (PreparedStatement s = lock.prepare(c, 1); ResultSet rows = s.executeQuery()) {
                        rows.next();
                        int value = rows.getInt(1);
                        c.commit();
                        return value;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(locked).as("waits for the writer's lock").isNotDone();
            writer.commit();
            // then it read the committed row, with one statement
            assertThat(locked.get(10, TimeUnit.SECONDS)).isEqualTo(11);
        }
        assertThat(prepared).containsExactly(READ + " FOR UPDATE");
        // and without kept statements the same read is the touch, then the query
        prepared.clear();
        try (Connection c = recording(pool.getConnection(), prepared); PreparedStatement s = lock.prepare(c, 2);
                ResultSet rows = s.executeQuery()) {
            assertThat(rows.next()).isTrue();
        }
        assertThat(prepared).containsExactly("UPDATE kept SET v = v WHERE k = ?", READ);
    }

    /** {@code connection}, recording the text of each statement prepared on it, and answering {@code isWrapperFor} through it. */
    private static Connection recording(Connection connection, List<String> prepared) {
        return (Connection) Proxy.newProxyInstance(KeptStatementsTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    return Delegation.invoke(connection, method, args);
                });
    }

    private boolean closed(PreparedStatement statement) {
        try {
            return statement.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int read(Connection c, int key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(READ)) {
            return value(s, key);
        }
    }

    private static int value(PreparedStatement s, int key) throws SQLException {
        s.setInt(1, key);
        try (ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
