package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer's 360° timeline: something that happened to the customer in any context
 * (a purchase, a refund, points earned, spent or expired, a tier move, a lifecycle move, a case
 * milestone, an interaction). It holds no personal data: names, contacts and free text stay in
 * their own context, where erasure reaches them.
 *
 * @param entryId orders the entries of one instant: 19 digits, growing in the order the changes were
 *     made within an application instance
 * @param eventId the id of the domain event it records (as drained from the outbox)
 * @param occurredAt when it happened
 * @param context the context it comes from: {@code value}, {@code loyalty}, {@code tier},
 *     {@code complaint}, {@code customer} or {@code mall} (the points mall, since 0.2)
 * @param kind what happened: the domain event's type, e.g. {@code PurchaseRecorded}
 * @param reference what it is about, e.g. an order id, a case number or a programme id; may be null
 * @param summary a short description made of codes and amounts, e.g. {@code paid CNY 300.00}
 * @since 0.1
 */
public record TimelineEntry(TenantId tenantId, CustomerId customerId, String entryId, String eventId, Instant occurredAt, String context,
        String kind, @Nullable String reference, String summary) {

    /** Checks and normalises the components as the record's description says. */
    public TimelineEntry {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(entryId, "entryId");
        checkNotNull(eventId, "eventId");
        checkNotNull(occurredAt, "occurredAt");
        checkNotNull(context, "context");
        checkNotNull(kind, "kind");
        checkNotNull(summary, "summary");
    }
}
