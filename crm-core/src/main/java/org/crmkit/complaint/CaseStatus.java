package org.crmkit.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its workflow:
 *
 * <pre>
 * NEW → ACKNOWLEDGED (受理) → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED
 * RESOLVED → REOPENED → IN_PROGRESS (within the tenant's reopen window)
 * NEW, ACKNOWLEDGED → CANCELLED
 * </pre>
 *
 * A case is resolved from work in progress, whether the last word was ours (IN_PROGRESS) or the
 * customer's awaited answer settled it (WAITING_ON_CUSTOMER).
 *
 * @since 0.1
 */
public enum CaseStatus {
    /** Opened, not yet acknowledged. */
    NEW,
    /** Accepted by the service team (JD's 24-hour acceptance). */
    ACKNOWLEDGED,
    /** Being worked on. */
    IN_PROGRESS,
    /** Waiting for the customer; SLA clocks pause. */
    WAITING_ON_CUSTOMER,
    /** Resolved; the customer may still reopen it within the window. */
    RESOLVED,
    /** Reopened by the customer after a resolution. */
    REOPENED,
    /** Closed for good. */
    CLOSED,
    /** Withdrawn before work began. */
    CANCELLED;

    /** The statuses this one may move to; empty for the final ones. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, CANCELLED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED);
            case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case REOPENED -> EnumSet.of(IN_PROGRESS);
            case CLOSED, CANCELLED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** True if the workflow allows moving from this status to {@code to}. */
    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    /** True while someone still has to work on the case (it sits in a queue). */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != CANCELLED;
    }

    /** True once a resolution stands (resolved, or closed after it). */
    public boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
