package org.crmkit.complaint;

import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.complaint.spi.Route;
import org.crmkit.complaint.spi.RoutingFacts;
import org.crmkit.customer.Customer;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Opens a case: numbers it, routes it, sets its SLA targets, and asks the escalation rules. The
 * number comes from a per-tenant, per-year counter locked for the unit of work, so numbers are
 * unique and gapless (a failed open rolls its number back); opens of one tenant queue on it.
 */
final class CaseOpening {

    private CaseOpening() {}

    static Case open(CaseWork w, OpenCase cmd) {
        TenantId tenant = cmd.tenantId();
        Optional<Case> replay = replay(w, cmd);
        if (replay.isPresent()) {
            return replay.get();
        }
        Customer customer = w.ctx.customer(tenant, cmd.customerId());
        w.ctx.requireOrderOf(tenant, cmd.customerId(), cmd.order());
        CasePolicy policy = w.ctx.policy(tenant);
        String tier = w.ctx.tiers.tierOf(tenant, cmd.customerId(), policy.tierProgramme()).orElse(null);
        Priority priority = cmd.priority() != null ? cmd.priority() : policy.defaultPriority(tier);
        String region = cmd.region() != null ? cmd.region() : customer.demographics().region();
        int year = w.now.atZone(policy.calendar().zone()).getYear();
        long last = w.ctx.cases.lockNumberCounter(tenant, year);
        replay = replay(w, cmd); // again under the counter lock: a racing open with the same key has committed by now
        if (replay.isPresent()) {
            return replay.get();
        }
        w.ctx.cases.setNumberCounter(tenant, year, last + 1);
        Route route = w.ctx.routing.route(new RoutingFacts(tenant, cmd.type(), cmd.category(), cmd.channel(), region, tier, priority),
                policy.routing());
        CaseDetails details = new CaseDetails(cmd.type(), cmd.category(), cmd.channel(), cmd.subject(), cmd.description(), cmd.order(),
                cmd.attachments(), region);
        Case opened = SlaCalculator.reindexed(new Case(tenant, CaseId.generate(w.ctx.ids), number(year, last + 1), cmd.customerId(), details,
                priority, route.assignee(), 0, CaseStatus.NEW, tier, cmd.requestKey(),
                CaseSla.started(policy.sla().targetsFor(cmd.type(), priority, tier)), null, null, CaseTimes.openedAt(w.now), 0, 0),
                policy, w.now);
        w.ctx.cases.insert(opened);
        w.audit(opened, CaseAction.OPENED, null, cmd.actor(), route.explanation());
        w.publish(new CaseOpened(w.ctx.ids.next(), w.now, tenant, opened.id(), opened.number(), cmd.customerId(), cmd.type(),
                cmd.category(), cmd.channel(), priority, route.assignee(), opened.sla().dueAt()));
        Case escalated = w.ctx.escalations.escalate(w, opened, policy, EscalationTrigger.OPENED, null, "system:escalation");
        return w.save(opened, escalated, policy);
    }

    /** The human-readable number, e.g. {@code C-2026-000123}. */
    static String number(int year, long sequence) {
        return String.format("C-%d-%06d", year, sequence);
    }

    private static Optional<Case> replay(CaseWork w, OpenCase cmd) {
        if (cmd.requestKey() == null) {
            return Optional.empty();
        }
        Optional<Case> first = w.ctx.cases.findByRequestKey(cmd.tenantId(), cmd.requestKey());
        if (first.isPresent() && !first.get().customerId().equals(cmd.customerId())) {
            throw new ValidationException("OpenCase", List.of(Violation.of("requestKey", cmd.requestKey(),
                    "was used to open case " + first.get().number() + " of another customer; use a new key per request")));
        }
        return first;
    }
}
