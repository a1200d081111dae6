package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.sql.Connection;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link HostTransactions} for plain JDBC hosts: the host binds the connection of its open
 * transaction to the current thread, and crmkit calls made on the thread meanwhile join that
 * transaction. The host keeps owning the connection: it begins, commits or rolls back the
 * transaction and closes the connection, as it would without crmkit. Thread-safe; each thread has
 * its own binding.
 *
 * <pre>{@code
 * ThreadBoundTransactions host = HostTransactions.threadBound();
 * Crm crm = Crm.builder()
 *         .storage(JdbcStorage.builder(dataSource).hostTransactions(host).build())
 *         .build();
 *
 * try (Connection connection = dataSource.getConnection()) {
 *     connection.setAutoCommit(false);                   // the host's transaction
 *     insertOrder(connection, "order-1");                // the host's own write
 *     host.runIn(connection, () -> crm.value().recordPurchase(   // crmkit joins the transaction
 *             RecordPurchase.of(shop, li.id(), "order-1", Money.of("299.00", "CNY")).inProgramme(ProgrammeId.DEFAULT)));
 *     connection.commit();                               // or rollback(): crmkit's rows and events go too
 * }
 * }</pre>
 *
 * <p>This is {@code examples/HostTransactionExample}, compiled and run by its test.
 *
 * @since 0.1
 */
public final class ThreadBoundTransactions implements HostTransactions {

    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    ThreadBoundTransactions() {}

    /**
     * Binds {@code connection}, on which the host has begun a transaction (auto-commit off), to the
     * current thread until {@link #unbind()}. Binding the connection already bound does nothing.
     *
     * @throws IllegalStateException if another connection is bound to the thread
     */
    public void bind(Connection connection) {
        checkNotNull(connection, "connection");
        Connection previous = bound.get();
        checkState(previous == null || previous == connection,
                "another connection is already bound to this thread; unbind it first (one thread, one host transaction)");
        bound.set(connection);
    }

    /** Removes the current thread's binding, if any; crmkit then runs its own transactions again. */
    public void unbind() {
        bound.remove();
    }

    /**
     * Runs {@code work} with {@code connection} bound to the current thread, then restores the
     * thread's previous binding. Every crmkit call in {@code work} joins the host's transaction on
     * {@code connection}.
     *
     * @return what {@code work} returned
     * @throws RuntimeException what {@code work} threw; crmkit's part of it is already rolled back
     *     to where it started, the host's part is the host's to commit or roll back
     */
    public <T> T callIn(Connection connection, Supplier<T> work) {
        checkNotNull(connection, "connection");
        checkNotNull(work, "work");
        Connection previous = bound.get();
        bound.set(connection);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                bound.remove();
            } else {
                bound.set(previous);
            }
        }
    }

    /** Runs {@code work} with {@code connection} bound; see {@link #callIn(Connection, Supplier)}. */
    public void runIn(Connection connection, Runnable work) {
        checkNotNull(work, "work");
        callIn(connection, () -> {
            work.run();
            return null;
        });
    }

    /** The connection bound to the current thread, or null. */
    @Override
    public @Nullable Connection currentConnection() {
        return bound.get();
    }
}
