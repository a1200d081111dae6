package org.crmkit.customer;

/** Changes the parts of a profile a command sets, leaving the others as they are. */
final class UpdatingProfile {

    private final CustomerContext ctx;

    UpdatingProfile(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer update(UpdateProfile command) {
        ctx.validator.check(command);
        return ctx.changeProfile(command.tenantId(), command.customerId(), command.expectedVersion(), current -> current.withProfile(
                command.displayName() != null ? command.displayName().strip() : current.displayName(),
                command.contacts() != null ? ContactLists.normalized(command.contacts()) : current.contacts(),
                command.demographics() != null ? command.demographics() : current.demographics(),
                command.preferences() != null ? command.preferences() : current.preferences(),
                command.sourceChannel() != null ? command.sourceChannel() : current.sourceChannel(),
                command.creditStanding() != null ? command.creditStanding() : current.creditStanding()));
    }
}
