package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A redemption in the points mall and where its fulfilment stands.
 *
 * @param orderId generated when redeemed
 * @param idempotencyKey the key it was redeemed with
 * @param itemCode the catalogue item
 * @param fulfilment how it reaches the customer (as the item said when redeemed)
 * @param quantity units
 * @param points points spent on all units
 * @param cash cash for all units that the host collects, or null for a points-only item
 * @param status where it stands
 * @param rewardCode the digital code issued, or null
 * @param trackingReference the courier's reference once shipped, or null
 * @param createdAt when it was redeemed
 * @param updatedAt when its status last changed
 * @param version 1 when redeemed, one more at each change
 * @since 0.2
 */
public record MallOrder(
        TenantId tenantId,
        String orderId,
        String idempotencyKey,
        CustomerId customerId,
        ProgrammeId programmeId,
        String itemCode,
        Fulfilment fulfilment,
        int quantity,
        long points,
        @Nullable Money cash,
        MallOrderStatus status,
        @Nullable String rewardCode,
        @Nullable String trackingReference,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Checks the components as the record's description says. */
    public MallOrder {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(orderId, "orderId");
        checkNotNull(idempotencyKey, "idempotencyKey");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(itemCode, "itemCode");
        checkNotNull(fulfilment, "fulfilment");
        checkArgument(quantity >= 1, "quantity must be at least 1 but was %s", quantity);
        checkArgument(points >= 1, "points must be at least 1 but was %s", points);
        checkNotNull(status, "status");
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version must be at least 1 but was %s", version);
    }

    /** This order moved to {@code newStatus} at {@code at}, one version on. */
    MallOrder moved(MallOrderStatus newStatus, @Nullable String newTrackingReference, Instant at) {
        return new MallOrder(tenantId, orderId, idempotencyKey, customerId, programmeId, itemCode, fulfilment, quantity, points, cash,
                newStatus, rewardCode, newTrackingReference, createdAt, at, version + 1);
    }

    /** This order as its redemption returned it: first status, no tracking reference, version 1. */
    MallOrder asRedeemed() {
        return new MallOrder(tenantId, orderId, idempotencyKey, customerId, programmeId, itemCode, fulfilment, quantity, points, cash,
                fulfilment == Fulfilment.DIGITAL_CODE ? MallOrderStatus.CODE_ISSUED : MallOrderStatus.RESERVED, rewardCode, null, createdAt,
                createdAt, 1);
    }
}
