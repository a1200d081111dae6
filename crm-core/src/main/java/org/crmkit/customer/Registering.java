package org.crmkit.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers a new customer at version 0, with defaults for what the command leaves out, and announces it. */
final class Registering {

    // the facade's category, which hosts configure
    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerContext ctx;

    Registering(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer register(RegisterCustomer command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        Customer customer = new Customer(
                command.tenantId(),
                command.customerId() != null ? command.customerId() : CustomerId.generate(ctx.ids),
                command.displayName().strip(),
                ContactLists.normalized(command.contacts()),
                command.demographics(),
                orEmpty(command.preferences()),
                command.tags() == null ? Set.of() : command.tags(),
                Map.of(),
                command.sourceChannel(),
                command.creditStanding() != null ? command.creditStanding() : CreditStanding.GOOD,
                command.initialStage() != null ? command.initialStage() : LifecycleStage.PROSPECT,
                now,
                now,
                0,
                null);
        ctx.transactions.run(() -> {
            ctx.customers.insert(customer);
            ctx.events.publish(new CustomerRegistered(
                    ctx.ids.next(), now, customer.tenantId(), customer.id(), customer.sourceChannel(), customer.stage()));
        });
        log.debug("registered customer {} in tenant {}", customer.id(), customer.tenantId());
        return customer;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
