package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * When a case reached its milestones. Null until reached.
 *
 * @param openedAt when it was opened; SLA clocks start here
 * @param acknowledgedAt when it was acknowledged (受理)
 * @param firstResponseAt when an agent first answered the customer
 * @param resolvedAt when it was last resolved
 * @param endedAt when it was closed or cancelled
 * @param updatedAt when it last changed
 * @since 0.1
 */
public record CaseTimes(
        Instant openedAt, Instant acknowledgedAt, Instant firstResponseAt, Instant resolvedAt, Instant endedAt, Instant updatedAt) {

    /** Checks and normalises the components as the record's description says. */
    public CaseTimes {
        checkNotNull(openedAt, "openedAt");
        checkNotNull(updatedAt, "updatedAt");
    }

    /** A case opened at {@code at}. */
    public static CaseTimes openedAt(Instant at) {
        return new CaseTimes(at, null, null, null, null, at);
    }

    CaseTimes acknowledged(Instant at) {
        return new CaseTimes(openedAt, at, firstResponseAt, resolvedAt, endedAt, at);
    }

    /** Records a response; only the first one counts for the target. */
    CaseTimes responded(Instant at) {
        return new CaseTimes(openedAt, acknowledgedAt, firstResponseAt == null ? at : firstResponseAt, resolvedAt, endedAt, at);
    }

    CaseTimes resolved(Instant at) {
        return new CaseTimes(openedAt, acknowledgedAt, firstResponseAt == null ? at : firstResponseAt, at, endedAt, at);
    }

    CaseTimes ended(Instant at) {
        return new CaseTimes(openedAt, acknowledgedAt, firstResponseAt, resolvedAt, at, at);
    }

    CaseTimes touched(Instant at) {
        return new CaseTimes(openedAt, acknowledgedAt, firstResponseAt, resolvedAt, endedAt, at);
    }
}
