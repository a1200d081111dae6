package org.crmkit.jdbc;

import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * Port the host application implements so that crmkit works inside the host's own JDBC
 * transaction: crmkit's writes and outbox events then commit or roll back with the host's.
 * Configure it with {@link JdbcStorage.Builder#hostTransactions}.
 *
 * <p>When crmkit starts its outermost unit of work on a thread for which {@link
 * #currentConnection()} returns a connection, it runs on that connection instead of taking one from
 * its {@code DataSource}: it sets a savepoint first, rolls back to it if the unit fails (so crmkit's
 * partial writes vanish, the host's earlier writes stay, and the exception reaches the host, which
 * decides), and releases it on success. It never commits, rolls back, closes the connection or
 * changes its auto-commit mode. Nor does it retry a lost optimistic race there: the host's
 * transaction is the outermost unit, so the {@link org.crmkit.shared.ConflictException} reaches the
 * host, which may retry its whole transaction. When it returns null, crmkit runs its own
 * transaction on its own connection, as without this port.
 *
 * <p>Plain JDBC hosts use {@link #threadBound()}. A host with a transaction manager returns the
 * connection of the transaction it has bound to the current thread, if there is one.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HostTransactions {

    /**
     * The connection of the host's transaction active on the current thread, or null if the host
     * has none. Called at the start of each outermost crmkit unit of work and by {@link
     * org.crmkit.shared.TransactionRunner#inUnitOfWork()}, so it must be cheap (a thread-local
     * lookup). The connection must be on the same database as crmkit's {@code DataSource}, with
     * crmkit's schema, and not in auto-commit mode.
     *
     * @return the host's connection, or null when the host has no transaction on this thread
     */
    @Nullable Connection currentConnection();

    /** No host transactions: crmkit always runs its own (the default). */
    static HostTransactions none() {
        return () -> null;
    }

    /**
     * A ready implementation for plain JDBC hosts: the host says which connection carries the
     * current thread's transaction with {@link ThreadBoundTransactions#runIn} (or {@code bind} and
     * {@code unbind}). Keep the instance and pass it to the storage builder.
     *
     * @return a new, empty binding
     */
    static ThreadBoundTransactions threadBound() {
        return new ThreadBoundTransactions();
    }
}
