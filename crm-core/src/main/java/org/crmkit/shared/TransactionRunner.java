package org.crmkit.shared;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Port: runs a unit of work atomically. A call made while another unit of work is running on the
 * same thread joins it; a failure anywhere rolls back everything in the outermost unit.
 *
 * <p>Services retry a unit that lost an optimistic race with {@link UnitOfWork#retrying}, which
 * retries only the outermost unit: it asks {@link #inUnitOfWork()} first.
 *
 * @since 0.1
 */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a transaction and returns its result.
     *
     * @throws RuntimeException what {@code work} threw, after rolling back
     * @throws StorageException if the storage failed
     */
    <T extends @Nullable Object> T inTransaction(Supplier<T> work);

    /**
     * Whether the current thread is inside a unit of work, so that {@link #inTransaction} would
     * join it rather than start one. True inside {@code inTransaction} and, for storages that can
     * join a host application's transaction (the JDBC storage), whenever the host has one open on
     * this thread, even before crmkit's first call in it. False otherwise.
     *
     * @return true if a call made now would be nested in an outer unit of work
     * @since 0.1
     */
    boolean inUnitOfWork();

    /** Runs {@code work} in a transaction; see {@link #inTransaction(Supplier)}. */
    default void run(Runnable work) {
        inTransaction(
                () -> {
                    work.run();
                    return null;
                });
    }
}
