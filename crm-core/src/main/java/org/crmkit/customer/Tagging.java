package org.crmkit.customer;

import java.util.Set;
import java.util.TreeSet;

/** Adds tags to a customer and takes them off; a tag added twice or removed when absent changes nothing. */
final class Tagging {

    private final CustomerContext ctx;

    Tagging(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer add(ChangeTags command) {
        ctx.validator.check(command);
        return ctx.changeProfile(command.tenantId(), command.customerId(), null, current -> {
            Set<String> tags = new TreeSet<>(current.tags());
            tags.addAll(command.tags());
            return current.withTags(tags);
        });
    }

    Customer remove(ChangeTags command) {
        ctx.validator.check(command);
        return ctx.changeProfile(command.tenantId(), command.customerId(), null, current -> {
            Set<String> tags = new TreeSet<>(current.tags());
            tags.removeAll(command.tags());
            return current.withTags(tags);
        });
    }
}
