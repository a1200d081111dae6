package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Points credited together, with one expiry: each EARN (and each received transfer) makes one.
 * Spending takes from the soonest-expiring lots first.
 *
 * @param account the account
 * @param lotId unique id
 * @param orderReference the order that earned it, or null
 * @param original how many points it started with
 * @param remaining how many are left, 0 to {@code original}
 * @param earnedAt when it was credited (for a transferred lot: when the original lot was)
 * @param availableAt when a pending lot becomes spendable (equal to {@code earnedAt} if never pending)
 * @param expiresAt when what remains expires, or null for never
 * @param status pending, available or closed
 * @since 0.1
 */
public record PointsLot(
        AccountRef account,
        String lotId,
        @Nullable String orderReference,
        long original,
        long remaining,
        Instant earnedAt,
        Instant availableAt,
        @Nullable Instant expiresAt,
        LotStatus status) {

    /**
     * The order in which spending takes points from lots: soonest expiry first, never-expiring
     * last, then oldest, then by id. {@link PointsLedger#openLots} returns lots in this order.
     */
    public static final Comparator<PointsLot> SPEND_ORDER = Comparator
            .comparing(PointsLot::expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PointsLot::earnedAt)
            .thenComparing(PointsLot::lotId);

    /** Checks and normalises the components as the record's description says. */
    public PointsLot {
        checkNotNull(account, "account");
        checkNotNull(lotId, "lotId");
        checkArgument(original > 0, "a lot must start with > 0 points but had %s", original);
        checkArgument(remaining >= 0 && remaining <= original,
                "remaining must be within 0 and %s but was %s", original, remaining);
        checkNotNull(earnedAt, "earnedAt");
        checkNotNull(availableAt, "availableAt");
        checkNotNull(status, "status");
        checkArgument(status != LotStatus.CLOSED || remaining == 0, "a closed lot has no remaining points");
    }

    /** True if the lot is pending and its return window has passed at {@code now}. */
    public boolean maturesBy(Instant now) {
        return status == LotStatus.PENDING && !availableAt.isAfter(now);
    }

    /** True if the lot is open and its expiry has come at {@code now}. */
    public boolean expiresBy(Instant now) {
        return status != LotStatus.CLOSED && expiresAt != null && !expiresAt.isAfter(now);
    }

    PointsLot withRemaining(long newRemaining) {
        LotStatus newStatus = newRemaining == 0 ? LotStatus.CLOSED
                : status == LotStatus.PENDING ? LotStatus.PENDING : LotStatus.AVAILABLE;
        return new PointsLot(account, lotId, orderReference, original, newRemaining, earnedAt, availableAt, expiresAt, newStatus);
    }

    PointsLot withStatus(LotStatus newStatus) {
        return new PointsLot(account, lotId, orderReference, original, newStatus == LotStatus.CLOSED ? 0 : remaining,
                earnedAt, availableAt, expiresAt, newStatus);
    }
}
