package org.crmkit.sales;

/**
 * Where a follow-up task stands: {@link #OPEN} until completed or cancelled, both final.
 *
 * @since 0.2
 */
public enum TaskStatus {
    /** To be done. */
    OPEN,
    /** Done, with its outcome. */
    DONE,
    /** Called off, with a reason. */
    CANCELLED
}
