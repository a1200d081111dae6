package org.crmkit.customer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/** Anonymises a customer's personal data and interaction summaries once; erasing again changes nothing. */
final class Erasing {

    private final CustomerContext ctx;

    Erasing(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer erase(TenantId tenantId, CustomerId id) {
        return ctx.change(tenantId, id, null, true,
                current -> current.isErased() ? current : current.anonymised(ctx.now()),
                (before, after) -> {
                    ctx.interactions.anonymise(tenantId, id);
                    ctx.events.publish(new CustomerErased(ctx.ids.next(), after.updatedAt(), tenantId, id));
                });
    }
}
