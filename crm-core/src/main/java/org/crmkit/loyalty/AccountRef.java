package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Names a points account: one per tenant, customer and programme.
 *
 * @since 0.1
 */
public record AccountRef(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {

    /** Checks and normalises the components as the record's description says. */
    public AccountRef {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
    }

    /** The account of {@code customerId} in {@code programmeId}. */
    public static AccountRef of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return new AccountRef(tenantId, customerId, programmeId);
    }

    @Override
    public String toString() {
        return tenantId + "/" + customerId + "/" + programmeId;
    }
}
