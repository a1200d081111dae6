package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Reads customers and their timelines, each read in one unit of work and within one tenant. */
final class CustomerQueries {

    private static final int EXPORT_PAGE = PageRequest.MAX_LIMIT;

    private final CustomerContext ctx;

    CustomerQueries(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Optional<Customer> find(TenantId tenantId, CustomerId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return ctx.transactions.inTransaction(() -> ctx.customers.find(tenantId, id));
    }

    Customer get(TenantId tenantId, CustomerId id) {
        return find(tenantId, id).orElseThrow(() -> CustomerContext.notFound(tenantId, id));
    }

    Optional<Customer> findByContact(TenantId tenantId, ContactType type, String value) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(type, "type");
        checkNotNull(value, "value");
        TextRules.checkStorable("findByContact", "value", value);
        if (!type.isIdentifying()) {
            throw new ValidationException("findByContact", List.of(
                    Violation.of("type", type, "must be MOBILE or EMAIL; other contacts do not identify a customer")));
        }
        String normalized = type.normalize(value);
        return ctx.transactions.inTransaction(() -> ctx.customers.findByContact(tenantId, type, normalized));
    }

    Page<Customer> list(TenantId tenantId, PageRequest request) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(request, "request");
        return ctx.transactions.inTransaction(() -> ctx.customers.page(tenantId, request));
    }

    Page<Interaction> interactions(TenantId tenantId, CustomerId id, PageRequest request) {
        checkNotNull(request, "request");
        return ctx.transactions.inTransaction(() -> {
            ctx.load(tenantId, id);
            return ctx.interactions.page(tenantId, id, request);
        });
    }

    CustomerExport export(TenantId tenantId, CustomerId id) {
        return ctx.transactions.inTransaction(() -> {
            Customer customer = ctx.load(tenantId, id);
            List<Interaction> all = new ArrayList<>();
            PageRequest request = PageRequest.first(EXPORT_PAGE);
            while (true) {
                Page<Interaction> page = ctx.interactions.page(tenantId, id, request);
                all.addAll(page.items());
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                request = PageRequest.after(page.nextCursor().get(), EXPORT_PAGE);
            }
            return new CustomerExport(customer, all, customer.isErased(), ctx.now());
        });
    }
}
