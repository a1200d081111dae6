package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A catalogue item was defined or changed.
 *
 * @param version the item's version after the change
 * @since 0.2
 */
public record RewardDefined(UUID eventId, Instant occurredAt, TenantId tenantId, ProgrammeId programmeId, String itemCode, long version)
        implements MallEvent {

    @Override
    public String aggregateId() {
        return programmeId.value() + "/" + itemCode;
    }
}
