package org.crmkit.loyalty;

import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Port to the tier context: the customer's current tier code, for tier multipliers. The default
 * knows no tiers.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TierLookup {

    /** Knows no tiers. */
    TierLookup NONE = (tenantId, customerId) -> Optional.empty();

    /** The customer's current tier code (e.g. {@code gold}), if any. */
    Optional<String> tierOf(TenantId tenantId, CustomerId customerId);
}
