package org.crmkit.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Adds an interaction, dated now or in the past, to the timeline of a customer who is not erased. */
final class RecordingInteraction {

    private final CustomerContext ctx;

    RecordingInteraction(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Interaction record(RecordInteraction command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        if (command.occurredAt() != null && command.occurredAt().isAfter(now)) {
            throw new ValidationException(command.getClass().getSimpleName(), List.of(
                    Violation.of("occurredAt", command.occurredAt(), "must not be after the current time " + now)));
        }
        Interaction interaction = new Interaction(
                command.tenantId(),
                command.customerId(),
                ctx.ids.next().toString(),
                command.channel(),
                command.direction(),
                command.type(),
                command.occurredAt() != null ? command.occurredAt().truncatedTo(ChronoUnit.MICROS) : now,
                command.staffMember(),
                command.summary());
        ctx.transactions.run(() -> {
            Customer customer = ctx.load(command.tenantId(), command.customerId());
            if (customer.isErased()) {
                throw new CustomerErasedException(customer.id());
            }
            ctx.interactions.append(interaction);
            ctx.events.publish(new InteractionRecorded(ctx.ids.next(), now, interaction.tenantId(), interaction.customerId(),
                    interaction.id(), interaction.channel(), interaction.type()));
        });
        return interaction;
    }
}
