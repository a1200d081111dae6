package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * One row of a validation table: a command with one bad value and the field the error must name.
 * A field ending in {@code *} is a prefix, for the container paths of the validation provider
 * (e.g. {@code tags[].<iterable element>}).
 */
record InvalidCommand<C>(String why, BiFunction<TenantId, CustomerId, C> command, String field) {

    static <C> InvalidCommand<C> of(String why, String field, BiFunction<TenantId, CustomerId, C> command) {
        return new InvalidCommand<>(why, command, field);
    }

    C commandFor(TenantId tenantId, CustomerId customerId) {
        return command.apply(tenantId, customerId);
    }

    void assertNamedIn(List<String> fields) {
        if (field.endsWith("*")) {
            String prefix = field.substring(0, field.length() - 1);
            assertThat(fields).as("fields of the error").anyMatch(f -> f.startsWith(prefix));
        } else {
            assertThat(fields).as("fields of the error").contains(field);
        }
    }

    @Override
    public String toString() {
        return why + " -> " + field;
    }
}
