package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TransactionRunner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work on one connection per thread. A nested call joins the outer unit. The outermost
 * unit runs in the host's transaction if {@link HostTransactions} names one for the thread (between
 * a savepoint and its release, rolling back to the savepoint on any exception, never committing);
 * otherwise on a connection of its own, which it commits, or rolls back on any exception.
 */
final class JdbcTransactions implements TransactionRunner {

    /** Work on the current connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T extends @Nullable Object> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * The outermost unit running on this thread: its connection, in a host's transaction its
     * savepoint, and the append-only rows it writes at its end, one batch per statement.
     */
    private static final class Unit {
        final Connection connection;
        @Nullable Savepoint savepoint;
        final Map<String, List<Object[]>> deferred = new LinkedHashMap<>();

        Unit(Connection connection, @Nullable Savepoint savepoint) {
            this.connection = connection;
            this.savepoint = savepoint;
        }

        boolean inHostTransaction() {
            return savepoint != null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final HostTransactions host;
    private final TableNames names;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** @param names maps the table names of every statement prepared on a unit's connection */
    JdbcTransactions(DataSource dataSource, HostTransactions host, TableNames names) {
        this.dataSource = dataSource;
        this.host = host;
        this.names = names;
    }

    @Override
    public <T extends @Nullable Object> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection hosts = host.currentConnection();
        return hosts != null ? inHostTransaction(hosts, work) : inOwnTransaction(work);
    }

    @Override
    public boolean inUnitOfWork() {
        return current.get() != null || host.currentConnection() != null;
    }

    /** Runs {@code work} on the current unit of work's connection, in a new unit if none is open. */
    <T extends @Nullable Object> T withConnection(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.apply(current.get().connection);
            } catch (SQLException e) {
                throw new StorageException("database error (SQLSTATE " + e.getSQLState() + "); see the cause", e);
            }
        });
    }

    /**
     * Runs {@code work} like {@link #withConnection}, after writing the unit's deferred rows: every
     * read of a table that takes deferred inserts goes through here, so it sees what this unit added.
     */
    <T extends @Nullable Object> T readingDeferred(SqlWork<T> work) {
        return withConnection(c -> {
            flush(current.get());
            return work.apply(c);
        });
    }

    /**
     * Adds a row that {@code insert} writes when the unit of work ends (or before anything reads
     * the table through {@link #readingDeferred}): append-only rows that nothing in the unit reads
     * back, such as outbox events and timeline lines, go to the database as one batch per
     * statement instead of a round trip each. Opens a unit of work of its own if none is running.
     */
    void deferInsert(String insert, Object... row) {
        inTransaction(() -> current.get().deferred.computeIfAbsent(insert, k -> new ArrayList<>()).add(row));
    }

    private static void flush(Unit unit) throws SQLException {
        for (Map.Entry<String, List<Object[]>> batch : unit.deferred.entrySet()) {
            Sql.batch(unit.connection, batch.getKey(), batch.getValue());
        }
        unit.deferred.clear();
    }

    /**
     * Makes the current unit's work so far survive a later failure of the unit: commits crmkit's own
     * transaction; in a host's transaction moves the unit's savepoint here instead (the host still
     * commits or rolls back everything).
     */
    void keepWorkSoFar() throws SQLException {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("keepWorkSoFar must run inside a unit of work");
        }
        flush(unit);
        if (!unit.inHostTransaction()) {
            unit.connection.commit();
            return;
        }
        Savepoint next = unit.connection.setSavepoint();
        unit.connection.releaseSavepoint(unit.savepoint);
        unit.savepoint = next;
    }

    private <T extends @Nullable Object> T inOwnTransaction(Supplier<T> work) {
        Connection connection = open();
        Unit unit = new Unit(names.connection(connection), null);
        current.set(unit);
        try {
            T result = work.get();
            flush(unit);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw new StorageException("could not commit the unit of work; nothing was written", e);
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            close(connection);
        }
    }

    private <T extends @Nullable Object> T inHostTransaction(Connection connection, Supplier<T> work) {
        Unit unit = new Unit(names.connection(connection), savepoint(connection));
        current.set(unit);
        try {
            T result = work.get();
            flush(unit);
            connection.releaseSavepoint(unit.savepoint);
            return result;
        } catch (SQLException e) {
            rollbackToSavepoint(unit, e);
            throw new StorageException("could not release crmkit's savepoint in the host's transaction; crmkit's writes were"
                    + " rolled back to it", e);
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            rollbackToSavepoint(unit, e);
            throw e;
        } finally {
            current.remove();
        }
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("the host's connection is in auto-commit mode, so there is no host transaction"
                        + " for crmkit to join; begin one with setAutoCommit(false) before calling crmkit, or have"
                        + " HostTransactions.currentConnection() return null so crmkit runs its own transaction");
            }
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new StorageException("could not set crmkit's savepoint in the host's transaction: " + e.getMessage(), e);
        }
    }

    private static void rollbackToSavepoint(Unit unit, Throwable cause) {
        try {
            unit.connection.rollback(unit.savepoint);
            unit.connection.releaseSavepoint(unit.savepoint);
        } catch (SQLException e) {
            cause.addSuppressed(e);
            log.warn("rolling back to crmkit's savepoint in the host's transaction failed after {}", cause.getClass().getSimpleName(), e);
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                // The pool's isolation level is kept (READ COMMITTED by default on H2 and PostgreSQL):
                // correctness rests on row locks and version checks, and asking the driver for the
                // level costs PostgreSQL a round trip per transaction.
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                close(connection);
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new StorageException("could not open a database connection: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            log.warn("rollback failed after {}", cause.getClass().getSimpleName(), e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing a connection failed", e);
        }
    }
}
