package org.crmkit.complaint.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.Priority;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What a router may look at to assign a new case.
 *
 * @param category the tenant's category code
 * @param region the customer's region, or null
 * @param tierCode the customer's tier code, or null
 * @since 0.1
 */
public record RoutingFacts(TenantId tenantId, CaseType type, String category, CaseChannel channel, @Nullable String region, @Nullable String tierCode,
        Priority priority) {

    /** Checks and normalises the components as the record's description says. */
    public RoutingFacts {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(type, "type");
        checkNotNull(category, "category");
        checkNotNull(channel, "channel");
        checkNotNull(priority, "priority");
    }
}
