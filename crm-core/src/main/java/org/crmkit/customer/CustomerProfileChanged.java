package org.crmkit.customer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A profile changed: contacts, demographics, preferences, tags, consent, source or credit.
 *
 * @param changed the names of the changed parts, e.g. {@code contacts}, {@code tags}, {@code consents}
 * @param version the profile's new version
 * @since 0.1
 */
public record CustomerProfileChanged(
        UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, Set<String> changed, long version)
        implements CustomerEvent {

    /** Checks and normalises the components as the record's description says. */
    public CustomerProfileChanged {
        changed = Set.copyOf(changed);
    }
}
