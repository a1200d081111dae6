package org.crmkit.marketing;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * One message to one customer. It names the customer, not an address: the host's channel looks up
 * the phone, e-mail or device itself, so crmkit hands no contact data around.
 *
 * @param channel the name of the channel it goes through
 * @param content what to send: the campaign's or journey's template or text, as given
 * @param idempotencyKey the same on every retry of this message, unique per tenant
 * @since 0.2
 */
public record Message(TenantId tenantId, CustomerId customerId, String channel, String content, String idempotencyKey) {

    /** Checks that every part is there. */
    public Message {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(channel, "channel");
        checkNotNull(content, "content");
        checkNotNull(idempotencyKey, "idempotencyKey");
    }
}
