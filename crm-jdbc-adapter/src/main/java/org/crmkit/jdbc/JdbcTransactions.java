package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work on one connection per thread. A nested call joins the outer unit; the outermost
 * commits, or rolls back on any exception.
 */
final class JdbcTransactions implements TransactionRunner {

    /** Work on the current connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection = open();
        current.set(connection);
        try {
            T result = work.get();
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

    @Override
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /** Runs {@code work} on the current unit of work's connection, in a new unit if none is open. */
    <T> T withConnection(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.apply(current.get());
            } catch (SQLException e) {
                throw new StorageException("database error (SQLSTATE " + e.getSQLState() + "); see the cause", e);
            }
        });
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
