package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A customer redeemed a reward: stock was reserved and points spent.
 *
 * @param points points spent on all units
 * @param cash cash the host collects for all units, or null
 * @since 0.2
 */
public record RewardRedeemed(UUID eventId, Instant occurredAt, TenantId tenantId, String orderId, CustomerId customerId,
        ProgrammeId programmeId, String itemCode, int quantity, long points, @Nullable Money cash) implements MallEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
