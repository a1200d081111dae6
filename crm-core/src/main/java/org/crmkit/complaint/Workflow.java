package org.crmkit.complaint;

import java.util.List;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** The status moves of a case (all but resolution), with their times, pauses, audit and events. */
final class Workflow {

    private Workflow() {}

    /**
     * {@code c} moved to {@code to}, audited and announced; a reopen also asks the escalation rules.
     *
     * @throws IllegalCaseTransitionException if the workflow does not allow the move
     * @throws ReopenWindowClosedException for a reopen after the tenant's window
     */
    static Case move(CaseWork w, Case c, CasePolicy policy, CaseStatus to, String actor, String note) {
        if (to == CaseStatus.RESOLVED) {
            throw new ValidationException("MoveCase", List.of(Violation.of("to", to,
                    "resolve a case with ComplaintService.resolve(ResolveCase), which records the outcome")));
        }
        CaseStatus from = c.status();
        if (!from.canMoveTo(to)) {
            throw new IllegalCaseTransitionException(c.id(), c.number(), from, to);
        }
        if (to == CaseStatus.REOPENED && !withinReopenWindow(c, policy, w)) {
            throw new ReopenWindowClosedException(c.id(), c.number(), c.times().resolvedAt(), policy.reopenWindow());
        }
        Case.Edit e = c.edit();
        e.status = to;
        e.times = c.times().touched(w.now);
        switch (to) {
            case ACKNOWLEDGED -> e.times = c.times().acknowledged(w.now);
            case IN_PROGRESS -> e.sla = c.sla().resumedAt(w.now);
            case WAITING_ON_CUSTOMER -> {
                e.sla = c.sla().pausedAt(w.now);
                e.times = c.times().responded(w.now); // asking the customer answers them
            }
            case REOPENED -> {
                e.sla = c.sla().resumedAt(w.now);
                e.reopenCount = c.reopenCount() + 1;
            }
            case CLOSED -> e.times = c.times().ended(w.now);
            case CANCELLED -> {
                e.times = c.times().ended(w.now);
                e.sla = c.sla().pausedAt(w.now);
            }
            default -> throw new IllegalStateException("unexpected move to " + to);
        }
        Case moved = e.done();
        w.audit(moved, CaseAction.STATUS_CHANGED, from, actor, note);
        w.publish(switch (to) {
            case ACKNOWLEDGED -> new CaseAcknowledged(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), actor);
            case REOPENED -> new CaseReopened(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), c.customerId(), moved.reopenCount(), actor, note);
            default -> new CaseStatusChanged(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), from, to, actor);
        });
        if (to == CaseStatus.REOPENED) {
            return w.ctx.escalations.escalate(w, moved, policy, EscalationTrigger.REOPENED, null, actor);
        }
        return moved;
    }

    /** True if a resolved case may still be reopened now. */
    static boolean withinReopenWindow(Case c, CasePolicy policy, CaseWork w) {
        return c.times().resolvedAt() != null && !w.now.isAfter(c.times().resolvedAt().plus(policy.reopenWindow()));
    }

    /** {@code c} with an agent's answer recorded. */
    static Case respond(CaseWork w, Case c, String actor, String note) {
        requireOpen(c, "record a response");
        boolean first = c.times().firstResponseAt() == null;
        Case.Edit e = c.edit();
        e.times = c.times().responded(w.now);
        Case responded = e.done();
        w.audit(responded, CaseAction.RESPONDED, c.status(), actor, note);
        w.publish(new CaseResponded(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), actor, first));
        return responded;
    }

    /** {@code c} handed to {@code to}; unchanged if it already is. */
    static Case assign(CaseWork w, Case c, Assignee to, String actor, String note) {
        requireOpen(c, "reassign it");
        if (to.equals(c.assignee())) {
            return c;
        }
        Case.Edit e = c.edit();
        e.assignee = to;
        e.times = c.times().touched(w.now);
        Case assigned = e.done();
        w.audit(assigned, CaseAction.ASSIGNED, c.status(), actor, (note == null ? "" : note + "; ") + c.assignee() + " -> " + to);
        w.publish(new CaseAssigned(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), c.assignee(), to, actor));
        return assigned;
    }

    /** Refuses work on a case that is resolved, closed or cancelled. */
    static void requireOpen(Case c, String what) {
        if (!c.status().isOpen()) {
            throw new CaseNotOpenException(c.id(), c.number(), c.status(), what);
        }
    }
}
