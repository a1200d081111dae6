package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a member's tier history.
 *
 * @param sequence position in the member's history, from 1
 * @param from the previous effective tier, or null when joining
 * @param to the new effective tier
 * @param reason why
 * @param metric the qualifying metric at the time
 * @param at when
 * @param note the override's reason, why an assessment moved the member (the policy's explanation), or null
 * @since 0.1
 */
public record TierChange(
        TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, long sequence, @Nullable String from, String to, ChangeReason reason,
        long metric, Instant at, @Nullable String note) {

    /** Checks and normalises the components as the record's description says. */
    public TierChange {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(to, "to");
        checkNotNull(reason, "reason");
        checkNotNull(at, "at");
    }
}
