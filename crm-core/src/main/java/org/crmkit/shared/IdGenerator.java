package org.crmkit.shared;

import java.util.UUID;

/**
 * Makes the ids crmkit assigns: customer and case ids when the host gives none, ledger entries,
 * lots, holds, interactions, and every domain event's id. A stable SPI contract.
 *
 * <p>The default, {@link #timeOrdered()}, makes version 7 UUIDs (RFC 9562): they sort by the time
 * they were made, so rows keyed by them are appended at the end of a B-tree index rather than
 * scattered across it. Pass another to {@code Crm.builder().idGenerator(...)}, or register one with
 * {@link java.util.ServiceLoader} (an explicit generator beats a discovered one, which beats the
 * default, as {@link Plugins} says).
 *
 * <p>An implementation must be thread-safe and must never return the same id twice within the
 * data one storage holds (crmkit does not check). Ids of customers and cases are kept as text, in
 * the canonical form {@link UUID#toString()}.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, never returned before; never null. */
    UUID next();

    /**
     * A new generator of version 7 UUIDs (RFC 9562): 48 bits of Unix time in milliseconds from the
     * system clock, the version and variant bits, and 74 further bits of which the first 12 count
     * ids within one millisecond and the rest are random ({@link java.security.SecureRandom}). Ids
     * of one generator increase strictly, across threads, even when the system clock steps back or
     * more than 2,048 ids are asked for in one millisecond (the time part then runs ahead of the
     * clock until the clock catches up).
     *
     * @return a new generator; each has its own sequence, and ids of two generators stay distinct by
     *     their random bits
     */
    static IdGenerator timeOrdered() {
        return new TimeOrderedIds(System::currentTimeMillis);
    }
}
