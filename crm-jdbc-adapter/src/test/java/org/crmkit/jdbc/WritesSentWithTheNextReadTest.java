package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.crmkit.shared.StaleVersionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unit of work's deferred writes and the statements after them: a read sees what the unit wrote
 * before it (on PostgreSQL in the same round trip as the read, on H2 just before it), a write's
 * refused version check fails the read that carried it and leaves nothing, a statement run twice
 * sends the writes once, and a nested unit's writes wait for the outermost unit's commit.
 */
class WritesSentWithTheNextReadTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource counting, JdbcTransactions transactions) {}

    private static final Map<Dialect, Database> DATABASES = new EnumMap<>(Dialect.class);
    private static final String SELECT = "SELECT counter_value FROM crm_counter WHERE tenant_id = ? AND name = ?";
    private static final String ADD_ONE = "UPDATE crm_counter SET counter_value = counter_value + 1 WHERE tenant_id = ? AND name = ?";

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_read_after_a_deferred_write_sees_it_and_on_postgresql_carries_it_in_its_own_round_trip(Dialect dialect) {
        // given
        Database db = database(dialect);
        String name = counter(db, 5);
        db.counting().count();

        // when
        long seen = afterAddingOne(db, name, () -> read(db, name));

        // then
        assertThat(seen).isEqualTo(6);
        assertThat(db.counting().statements()).isEqualTo(dialect == Dialect.POSTGRESQL ? 1 : 2);
        assertThat(committed(db, name)).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_refused_version_check_fails_the_read_that_carries_it_and_leaves_nothing(Dialect dialect) {
        // given: a counter, and an update guarded by a value it no longer has
        Database db = database(dialect);
        String name = counter(db, 5);
        JdbcTransactions.DeferredStatement stale = new JdbcTransactions.DeferredStatement(
                "UPDATE crm_counter SET counter_value = 100 WHERE tenant_id = ? AND name = ? AND counter_value = 4",
                new Object[] {"t", name}, JdbcTransactions.oneRow(() -> new StaleVersionException("counter", name, 4)),
                JdbcTransactions.STORAGE_ERROR);

        // when / then
        assertThatThrownBy(() -> afterAddingOne(db, name, () -> {
            db.transactions().deferStatement(stale);
            return read(db, name);
        })).isInstanceOf(StaleVersionException.class);
        assertThat(committed(db, name)).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_statement_run_twice_sends_the_writes_ahead_of_it_once(Dialect dialect) {
        // given
        Database db = database(dialect);
        String name = counter(db, 5);

        // when: one prepared query executed twice after one deferred increment
        long[] seen = afterAddingOne(db, name, () -> db.transactions().withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT, "t", name)) {
                return new long[] {value(s), value(s)};
            }
        }));

        // then
        assertThat(seen).containsExactly(6, 6);
        assertThat(committed(db, name)).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_write_that_cannot_carry_them_finds_the_deferred_writes_made(Dialect dialect) {
        // given
        Database db = database(dialect);
        String name = counter(db, 5);
        db.counting().count();

        // when: a plain UPDATE (its failure could be mistaken for theirs, so it does not carry them)
        long seen = afterAddingOne(db, name, () -> {
            db.transactions().withConnection(c -> Sql.update(c, "UPDATE crm_counter SET counter_value = counter_value * 10"
                    + " WHERE tenant_id = ? AND name = ?", "t", name));
            return read(db, name);
        });

        // then: (5 + 1) * 10, in three statements
        assertThat(seen).isEqualTo(60);
        assertThat(db.counting().statements()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_nested_units_deferred_write_is_committed_with_the_outermost_unit_only(Dialect dialect) {
        // given
        Database db = database(dialect);
        String name = counter(db, 5);

        // when: the nested unit defers; the outer unit then fails
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.transactions().inTransaction(() -> {
                db.transactions().deferStatement(addOne(name));
                return null;
            });
            assertThat(committed(db, name)).as("not visible outside before the outer commit").isEqualTo(5);
            assertThat(read(db, name)).as("visible inside").isEqualTo(6);
            throw new IllegalStateException("the outer unit fails");
        })).hasMessage("the outer unit fails");

        // then
        assertThat(committed(db, name)).isEqualTo(5);
    }

    /** Runs {@code then} in a unit of work that first defers adding one to the counter. */
    private static <T> T afterAddingOne(Database db, String name, Supplier<T> then) {
        return db.transactions().inTransaction(() -> {
            db.transactions().deferStatement(addOne(name));
            return then.get();
        });
    }

    private static JdbcTransactions.DeferredStatement addOne(String name) {
        return new JdbcTransactions.DeferredStatement(ADD_ONE, new Object[] {"t", name},
                JdbcTransactions.oneRow(() -> new IllegalStateException("no counter " + name)), JdbcTransactions.STORAGE_ERROR);
    }

    private static long read(Database db, String name) {
        return db.transactions().withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT, "t", name)) {
                return value(s);
            }
        });
    }

    private static long value(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String counter(Database db, long value) {
        String name = "c-" + UUID.randomUUID();
        try (Connection c = db.pool().getConnection()) {
            Sql.update(c, "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, ?)", "t", name, value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** The value as another connection sees it. */
    private static long committed(Database db, String name) {
        try (Connection c = db.pool().getConnection(); PreparedStatement s = Sql.prepare(c, SELECT, "t", name)) {
            return value(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Database database(Dialect dialect) {
        return DATABASES.computeIfAbsent(dialect, d -> {
            HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(d), 4);
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            return new Database(pool, counting, new JdbcTransactions(counting, d, HostTransactions.none(),
                    new TableNames(null, TableNames.CANONICAL_PREFIX, Set.of())));
        });
    }
}
