package org.crmkit.shared;

import java.util.function.Supplier;

/**
 * Port: runs a unit of work atomically. A call made while another unit of work is running on the
 * same thread joins it; a failure anywhere rolls back everything in the outermost unit.
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
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction; see {@link #inTransaction(Supplier)}. */
    default void run(Runnable work) {
        inTransaction(
                () -> {
                    work.run();
                    return null;
                });
    }
}
