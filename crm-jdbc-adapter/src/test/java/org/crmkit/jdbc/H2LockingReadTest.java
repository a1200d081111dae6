package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crmkit.shared.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On H2 a locking read is a touch (an UPDATE that changes nothing) and then a plain SELECT. A row
 * that another transaction commits between the two is seen by the SELECT but was never locked: the
 * read must not hand it out as locked, or two units of work both act on it (two ledger entries
 * with one sequence, a campaign counter set twice from one value). And creating a row that a
 * concurrent unit has just created and another has locked makes H2 wait for the lock and give up:
 * that is a lost race, for the outermost unit of work to retry, not a storage failure.
 */
class H2LockingReadTest {

    private static final Dialect.LockingRead READ = Dialect.H2.lockingRead("SELECT v FROM t WHERE k = ?", "UPDATE t SET v = v WHERE k = ?");

    private final String url = TestDatabases.freshH2Url();
    private Connection creator;
    private Connection reader;
    private Connection other;

    @BeforeEach
    void open() throws SQLException {
        creator = DriverManager.getConnection(url, "sa", "");
        reader = DriverManager.getConnection(url, "sa", "");
        other = DriverManager.getConnection(url, "sa", "");
        try (Statement s = creator.createStatement()) {
            s.execute("CREATE TABLE t (k INT PRIMARY KEY, v INT NOT NULL)");
        }
        for (Connection c : new Connection[] {creator, reader, other}) {
            c.setAutoCommit(false);
        }
        try (Statement s = other.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 200");
        }
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : new Connection[] {creator, reader, other}) {
            c.rollback();
            c.close();
        }
    }

    @Test
    void a_row_committed_between_the_touch_and_the_select_is_not_read_as_locked() throws SQLException {
        // given: the row is inserted, not yet committed, when the touch runs
        insert(1);

        // when: it commits just before the SELECT is prepared
        Connection committingFirst = beforeSelect(reader, () -> creator.commit());
        boolean read;
        try (PreparedStatement s = READ.prepare(committingFirst, 1); ResultSet rs = s.executeQuery()) {
            read = rs.next();
        }

        // then: the read found nothing it locked, and the row is free for another unit
        assertThat(read).isFalse();
        assertThat(touch(other, 1)).isEqualTo(1);
    }

    @Test
    void a_row_that_existed_before_the_touch_is_read_and_stays_locked() throws SQLException {
        // given
        insert(1);
        creator.commit();

        // when
        boolean read;
        try (PreparedStatement s = READ.prepare(reader, 1); ResultSet rs = s.executeQuery()) {
            read = rs.next();
        }

        // then
        assertThat(read).isTrue();
        assertThatThrownBy(() -> touch(other, 1)).isInstanceOf(SQLException.class);
    }

    @Test
    void creating_a_row_that_another_unit_has_locked_is_a_lost_race_that_the_outermost_unit_retries() throws SQLException {
        // given: the row exists and another unit of work holds its lock (it opened it a moment ago and touched it)
        insert(1);
        creator.commit();
        assertThat(touch(other, 1)).isEqualTo(1);
        try (Statement s = reader.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 200");
        }

        // when / then: H2 waits for the lock and gives up with a concurrent update; a retry reads the row and locks it
        assertThatThrownBy(() -> Dialect.H2.insertIfAbsent(reader, "INSERT INTO t (k, v) VALUES (?, 0)", 1))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("t");
    }

    private void insert(int key) throws SQLException {
        try (PreparedStatement s = creator.prepareStatement("INSERT INTO t (k, v) VALUES (?, 0)")) {
            s.setInt(1, key);
            s.executeUpdate();
        }
    }

    private static int touch(Connection c, int key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE t SET v = v WHERE k = ?")) {
            s.setInt(1, key);
            return s.executeUpdate();
        }
    }

    /** The connection, running {@code action} before it prepares a SELECT. */
    private static Connection beforeSelect(Connection connection, SqlAction action) {
        return (Connection) Proxy.newProxyInstance(H2LockingReadTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("SELECT")) {
                        action.run();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
