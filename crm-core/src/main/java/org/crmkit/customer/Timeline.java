package org.crmkit.customer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the customers' 360° timelines. Appends join the current unit of work, so an entry exists
 * exactly when the change it records does.
 *
 * @since 0.1
 */
public interface Timeline {

    /** Appends an entry. */
    void append(TimelineEntry entry);

    /** The customer's entries, newest first (ties by entry id, descending), a page at a time. */
    Page<TimelineEntry> page(TenantId tenantId, CustomerId customerId, PageRequest request);
}
