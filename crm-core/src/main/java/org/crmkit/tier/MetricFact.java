package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One thing that moves a member's qualifying metric: a purchase, a refund or a growth grant.
 *
 * @param key the idempotency key that recorded it, unique per tenant
 * @param orderId the order, or null for a growth grant
 * @param spendUnits money spent in whole currency units (negative for a refund)
 * @param orders orders placed (+1 for a purchase, -1 for a full refund, else 0)
 * @param growth growth value (negative for a refund)
 * @param at when it happened
 * @since 0.1
 */
public record MetricFact(
        TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String key, @Nullable String orderId, long spendUnits, int orders,
        long growth, Instant at) {

    /** Checks and normalises the components as the record's description says. */
    public MetricFact {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(key, "key");
        checkNotNull(at, "at");
    }
}
