package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer's interaction timeline.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param id a unique id for this interaction
 * @param channel the touch point
 * @param direction who started it
 * @param type what it was about
 * @param occurredAt when it happened
 * @param staffMember the staff member or bot who handled it, or null
 * @param summary what was said or done; {@value #ERASED_SUMMARY} once the customer was erased
 * @since 0.1
 */
public record Interaction(
        TenantId tenantId,
        CustomerId customerId,
        String id,
        InteractionChannel channel,
        InteractionDirection direction,
        InteractionType type,
        Instant occurredAt,
        @Nullable String staffMember,
        String summary) {

    /** The summary of an interaction of an erased customer. */
    public static final String ERASED_SUMMARY = "[erased]";

    /** @throws NullPointerException if a required component is null */
    public Interaction {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(id, "id");
        checkNotNull(channel, "channel");
        checkNotNull(direction, "direction");
        checkNotNull(type, "type");
        checkNotNull(occurredAt, "occurredAt");
        checkNotNull(summary, "summary");
    }

    /** This interaction with its summary replaced by {@value #ERASED_SUMMARY}. */
    public Interaction anonymised() {
        return new Interaction(tenantId, customerId, id, channel, direction, type, occurredAt, staffMember, ERASED_SUMMARY);
    }
}
