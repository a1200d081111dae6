package org.crmkit.customer;


/** Moves a customer along the lifecycle graph of {@link LifecycleStage}, and announces the move. */
final class ChangingStage {

    private final CustomerContext ctx;

    ChangingStage(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer change(ChangeStage command) {
        ctx.validator.check(command);
        return ctx.change(command.tenantId(), command.customerId(), null, false, current -> {
            if (current.stage() == command.target()) {
                return current;
            }
            if (!current.stage().canMoveTo(command.target())) {
                throw new IllegalStageTransitionException(current.id(), current.stage(), command.target());
            }
            return current.withStage(command.target());
        }, (before, after) -> ctx.events.publish(new LifecycleStageChanged(
                ctx.ids.next(), after.updatedAt(), after.tenantId(), after.id(), before.stage(), after.stage(), command.reason())));
    }
}
