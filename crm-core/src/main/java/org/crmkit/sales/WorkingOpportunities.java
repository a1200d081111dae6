package org.crmkit.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Opening opportunities, moving them through the funnel, changing their plan; defining the funnel. */
final class WorkingOpportunities {

    private final SalesOperations ops;

    WorkingOpportunities(SalesOperations ops) {
        this.ops = ops;
    }

    Opportunity open(OpenOpportunity command) {
        ops.check(command, SalesOperations.amount("expectedValue", command.expectedValue(), false));
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            OpportunityFactory factory = new OpportunityFactory(ops);
            var earlier = factory.replay(tenantId, command.idempotencyKey(), fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (command.customerId() != null) {
                ops.requireCustomer(tenantId, command.customerId());
            }
            if (command.accountId() != null) {
                ops.account(tenantId, command.accountId());
            }
            return factory.open(command.idempotencyKey(), fingerprint, tenantId, command.title(), null,
                    command.customerId(), command.accountId(), command.owner(), command.source(), ops.funnel(tenantId).firstStage(),
                    command.expectedValue(), command.probability(), command.nextAction(), command.dueDate(), now).value();
        });
    }

    Opportunity move(MoveOpportunity command) {
        ops.validator.check(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            Opportunity current = openOne(tenantId, command.opportunityId(), command.expectedVersion(), "moved");
            SalesFunnel funnel = ops.funnel(tenantId);
            if (!funnel.accepts(command.stage())) {
                throw new RuleViolationException("stage " + command.stage() + " is not in the funnel of tenant " + tenantId.value()
                        + "; an opportunity moves to one of " + funnel.stages() + ", " + SalesFunnel.WON + " or " + SalesFunnel.LOST);
            }
            if (command.stage().equals(current.stage())) {
                throw new RuleViolationException("opportunity " + current.opportunityId() + " is already in stage " + current.stage());
            }
            Opportunity moved = current.movedTo(command.stage(), command.reason(), now);
            StageChange step = new StageChange(tenantId, moved.opportunityId(), moved.version(), current.stage(), moved.stage(), now);
            store(moved, current.version(), step);
            ops.events.publish(new OpportunityMoved(ops.ids.next(), now, tenantId, moved.opportunityId(), current.stage(), moved.stage(),
                    moved.version()));
            return moved;
        });
    }

    Opportunity plan(PlanOpportunity command) {
        ops.check(command, SalesOperations.amount("expectedValue", command.expectedValue(), false));
        Instant now = ops.now();
        return ops.transactions.inTransaction(() -> {
            Opportunity current = openOne(command.tenantId(), command.opportunityId(), command.expectedVersion(), "planned");
            if (!current.expectedValue().currency().equals(command.expectedValue().currency())) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("expectedValue",
                        command.expectedValue(), "must be in " + current.expectedValue().currency() + ", the opportunity's currency")));
            }
            Opportunity planned = current.planned(command.expectedValue(), command.probability(), command.nextAction(), command.dueDate(),
                    command.owner(), now);
            store(planned, current.version(), null);
            ops.events.publish(new OpportunityPlanned(ops.ids.next(), now, planned.tenantId(), planned.opportunityId(), planned.version()));
            return planned;
        });
    }

    SalesFunnel define(DefineFunnel command) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; command.stages() != null && i < command.stages().size(); i++) {
            String stage = command.stages().get(i);
            if (SalesFunnel.WON.equals(stage) || SalesFunnel.LOST.equals(stage)) {
                violations.add(Violation.of("stages[" + i + "]", stage, "WON and LOST close every funnel; name only the open stages"));
            } else if (!seen.add(stage)) {
                violations.add(Violation.of("stages[" + i + "]", stage, "is named twice; each stage appears once"));
            }
        }
        ops.check(command, violations);
        Instant now = ops.now();
        SalesFunnel funnel = new SalesFunnel(command.tenantId(), command.stages());
        return ops.transactions.inTransaction(() -> {
            if (ops.ports.opportunities().funnel(command.tenantId()).filter(funnel::equals).isEmpty()) {
                ops.ports.opportunities().saveFunnel(funnel);
                ops.events.publish(new FunnelDefined(ops.ids.next(), now, command.tenantId(), funnel.stages()));
            }
            return funnel;
        });
    }

    private Opportunity openOne(TenantId tenantId, String opportunityId, long expectedVersion, String action) {
        Opportunity current = ops.opportunity(tenantId, opportunityId);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("opportunity", opportunityId, expectedVersion);
        }
        if (!current.isOpen()) {
            throw new RuleViolationException("opportunity " + opportunityId + " was closed as " + current.stage()
                    + "; a closed opportunity cannot be " + action + " (open a new one)");
        }
        return current;
    }

    private void store(Opportunity opportunity, long expectedVersion, StageChange step) {
        if (!ops.ports.opportunities().update(opportunity, expectedVersion, step)) {
            throw new StaleVersionException("opportunity", opportunity.opportunityId(), expectedVersion);
        }
    }
}
