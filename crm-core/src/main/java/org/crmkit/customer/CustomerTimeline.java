package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/**
 * The single view of a customer (统一客户资料): everything that happened to them in every context,
 * merged by time. crmkit writes an entry in the same unit of work as each change, so the timeline
 * never shows what was rolled back and never misses what was committed. Thread-safe.
 *
 * @since 0.1
 */
public final class CustomerTimeline {

    private final Timeline timeline;
    private final CustomerRepository customers;
    private final TransactionRunner transactions;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public CustomerTimeline(Timeline timeline, CustomerRepository customers, TransactionRunner transactions) {
        this.timeline = checkNotNull(timeline, "timeline");
        this.customers = checkNotNull(customers, "customers");
        this.transactions = checkNotNull(transactions, "transactions");
    }

    /**
     * The customer's timeline, newest first, a page at a time; pass the page's cursor to {@link
     * PageRequest#after} for the next.
     *
     * @throws NotFoundException if the customer is not in the tenant
     * @throws org.crmkit.shared.ValidationException for a cursor this method did not hand out
     */
    public Page<TimelineEntry> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            checkNotNull(request, "request");
            return transactions.inTransaction(() -> {
                if (customers.find(tenantId, customerId).isEmpty()) {
                    throw new NotFoundException("customer", tenantId, customerId.value());
                }
                return timeline.page(tenantId, customerId, request);
            });
        });
    }
}
