package org.crmkit.customer;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** Adds tags to a customer and takes them off; a tag added twice or removed when absent changes nothing. */
final class Tagging {

    private final CustomerContext ctx;

    Tagging(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer add(ChangeTags command) {
        return retag(command, Set::addAll);
    }

    Customer remove(ChangeTags command) {
        return retag(command, Set::removeAll);
    }

    private Customer retag(ChangeTags command, BiConsumer<Set<String>, Set<String>> edit) {
        ctx.validator.check(command);
        return ctx.changeProfile(command.tenantId(), command.customerId(), null, current -> {
            Set<String> tags = new TreeSet<>(current.tags());
            edit.accept(tags, command.tags());
            return current.withTags(tags);
        });
    }
}
