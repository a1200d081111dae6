package org.crmkit.shared;


/**
 * Watches crmkit's operations, for metrics or tracing: each outermost unit of work, that is each
 * public command (a purchase, a redemption, a case opened) and each page of a batch job, is told
 * to the observer when it starts, when it loses an optimistic race and is tried again, and when it
 * ends. A call nested in another operation (the loyalty part of a purchase) is part of the outer
 * one. Reads that need no unit of work are not operations.
 *
 * <p>Give one to {@code Crm.builder().observer(...)}; without one, crmkit does none of this work.
 * Called on the thread doing the operation, so it must be quick and must not throw: crmkit logs
 * and ignores what it throws, and never fails an operation for it.
 *
 * <p>An extension point, like the ports beside it in the shared kernel (every context's services
 * run on the observed unit of work, so the interface lives where they all can see it).
 *
 * @since 0.2
 */
@FunctionalInterface
public interface OperationObserver {

    /**
     * An operation has started.
     *
     * @param operation what is being done, as {@code <service>.<method>} of the public service it
     *     was called on, named like {@code Crm}'s accessor: {@code commerce.recordPurchase},
     *     {@code loyalty.settleDue}, {@code tiers.assess}, {@code complaints.checkSlas}; {@code
     *     other} for work started elsewhere
     * @return what is told the rest of this operation's life
     */
    Operation started(String operation);

    /**
     * One operation's life after it started.
     *
     * @since 0.2
     */
    interface Operation {

        /**
         * The attempt numbered {@code attempt} (from 1) lost an optimistic race ({@code lost}) and
         * will be run again on fresh data, by the library's one retry policy.
         *
         * @param lost the conflict that made the attempt fail
         * @param attempt the number of the attempt that failed, from 1
         */
        default void retried(ConflictException lost, int attempt) {}

        /**
         * The operation ended.
         *
         * @param failure what it threw, or null if it succeeded
         */
        void ended(Throwable failure);
    }
}
