package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's one retry policy: a unit of work that loses an optimistic race (a {@link
 * ConflictException}: a {@link StaleVersionException} or a {@link DuplicateKeyException}) is run
 * again on fresh data, up to {@value #MAX_ATTEMPTS} attempts with a short jittered pause between
 * them. Only the outermost unit retries: a call nested in another unit of work, including a host
 * application's transaction that the storage joined, runs once and lets the conflict reach the
 * outermost unit, which alone can start over (on PostgreSQL a failed statement has already aborted
 * the whole transaction, and the outer work's earlier reads are stale too).
 *
 * <p>A caller that wraps several service calls in its own {@link TransactionRunner#inTransaction}
 * gets their conflicts and may hand the whole block to this policy to have it retried.
 *
 * @since 0.1
 */
public final class UnitOfWork {

    /** How often the outermost unit of work is attempted when concurrent writers keep winning. */
    public static final int MAX_ATTEMPTS = 30;

    /** The longest pause between two attempts, in milliseconds. */
    private static final long MAX_PAUSE_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(UnitOfWork.class);

    private UnitOfWork() {}

    /**
     * Runs {@code work} in a unit of work of {@code transactions}, retrying it, if this call is the
     * outermost unit, on the conflicts that mean a concurrent writer won: a {@link
     * StaleVersionException} or a {@link DuplicateKeyException} (two units creating the same row).
     * Other conflicts, such as an idempotency key reused for another request or an order recorded
     * with other details, are the caller's and propagate at once. See {@link
     * #retrying(TransactionRunner, Class, Supplier)}.
     *
     * @return what {@code work} returned on its successful attempt
     * @throws ConflictException if every attempt lost its race, or at once when nested
     * @throws RuntimeException what {@code work} threw otherwise, after rolling back
     */
    public static <T extends @Nullable Object> T retrying(TransactionRunner transactions, Supplier<T> work) {
        return retrying(transactions, e -> e instanceof StaleVersionException || e instanceof DuplicateKeyException, work);
    }

    /**
     * Runs {@code work} in a unit of work of {@code transactions}. If the thread was not already
     * in a unit of work ({@link TransactionRunner#inUnitOfWork()}), a conflict of type {@code
     * lostRace} rolls the attempt back and starts a new one, after a random pause of up to
     * min(100, 2<sup>attempt</sup>) ms, until an attempt succeeds or {@value #MAX_ATTEMPTS}
     * attempts have failed. Nested in another unit, {@code work} runs once and every exception
     * propagates. Other conflicts and other exceptions are never retried.
     *
     * @param lostRace the conflicts that mean "another writer won; try again", e.g. {@code
     *     StaleVersionException.class} where a duplicate key is the caller's mistake, not a race
     * @return what {@code work} returned on its successful attempt
     * @throws ConflictException the last conflict if every attempt lost its race, or the first
     *     when nested or not a {@code lostRace}
     * @throws RuntimeException what {@code work} threw otherwise, after rolling back
     * @throws IllegalStateException if the thread is interrupted while pausing between attempts
     */
    public static <T extends @Nullable Object> T retrying(TransactionRunner transactions, Class<? extends ConflictException> lostRace, Supplier<T> work) {
        checkNotNull(lostRace, "lostRace");
        return retrying(transactions, lostRace::isInstance, work);
    }

    private static <T extends @Nullable Object> T retrying(TransactionRunner transactions, java.util.function.Predicate<ConflictException> lostRace,
            Supplier<T> work) {
        checkNotNull(transactions, "transactions");
        checkNotNull(work, "work");
        if (transactions instanceof ObservedTransactions observed) {
            // one operation for all its attempts, each lost race told as a retry
            return observed.observing(operation -> attempts(observed.delegate(), lostRace, work, observed::retried));
        }
        return attempts(transactions, lostRace, work, (lost, attempt) -> {});
    }

    private static <T> T attempts(TransactionRunner transactions, java.util.function.Predicate<ConflictException> lostRace,
            Supplier<T> work, java.util.function.ObjIntConsumer<ConflictException> retried) {
        if (transactions.inUnitOfWork()) {
            return transactions.inTransaction(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (ConflictException e) {
                if (!lostRace.test(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("unit of work lost a race ({}), attempt {} of {}", e.getClass().getSimpleName(), attempt, MAX_ATTEMPTS);
                retried.accept(e, attempt);
                pause(attempt);
            }
        }
    }

    /**
     * {@code transactions} telling {@code observer} about each outermost unit of work run on it,
     * all the attempts of one {@link #retrying} call as one operation. {@code Crm.builder()} does
     * this when given an observer.
     *
     * @param transactions the storage's runner
     * @param observer told of each operation's start, retries and end
     * @return a runner that joins the same units of work as {@code transactions}
     * @since 0.2
     */
    public static TransactionRunner observed(TransactionRunner transactions, OperationObserver observer) {
        return new ObservedTransactions(checkNotNull(transactions, "transactions"), checkNotNull(observer, "observer"));
    }

    private static void pause(int attempt) {
        try {
            // exponential backoff with full jitter, capped
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, Math.min(MAX_PAUSE_MILLIS, 1L << Math.min(attempt, 20)) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a unit of work that lost a race", e);
        }
    }
}
