package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;

/**
 * Points reserved at checkout until the order is paid (commit) or cancelled (release). An open
 * hold past {@code expiresAt} releases itself.
 *
 * @param account the account
 * @param holdId unique id, returned to the caller
 * @param points how many points are reserved
 * @param orderReference the order being paid
 * @param createdAt when the hold was placed
 * @param expiresAt when an uncommitted hold releases itself
 * @param status open, committed or released
 * @param lots the lots the points were taken from
 * @since 0.1
 */
public record PointsHold(
        AccountRef account,
        String holdId,
        long points,
        String orderReference,
        Instant createdAt,
        Instant expiresAt,
        HoldStatus status,
        List<LotMovement> lots) {

    /** Checks and normalises the components as the record's description says. */
    public PointsHold {
        checkNotNull(account, "account");
        checkNotNull(holdId, "holdId");
        checkArgument(points > 0, "a hold must reserve > 0 points but reserved %s", points);
        checkNotNull(createdAt, "createdAt");
        checkNotNull(expiresAt, "expiresAt");
        checkNotNull(status, "status");
        lots = List.copyOf(lots);
    }

    /** True if the hold is open and its time ran out at {@code now}. */
    public boolean timedOutBy(Instant now) {
        return status == HoldStatus.OPEN && !expiresAt.isAfter(now);
    }

    PointsHold withStatus(HoldStatus newStatus) {
        return new PointsHold(account, holdId, points, orderReference, createdAt, expiresAt, newStatus, lots);
    }
}
