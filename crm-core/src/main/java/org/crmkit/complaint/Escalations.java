package org.crmkit.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.complaint.spi.Escalation;
import org.crmkit.complaint.spi.EscalationFacts;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the plug-in rules, then the built-in ones, and applies what they decide: the highest
 * level, the first reassignment; one audit entry, one event and one notice per escalation.
 */
final class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final List<EscalationRule> rules;

    Escalations(List<EscalationRule> plugins) {
        List<EscalationRule> all = new ArrayList<>(plugins);
        all.addAll(BuiltInEscalationRules.all());
        this.rules = List.copyOf(all);
    }

    /** {@code c} escalated as the rules decide for {@code trigger} (unchanged if they decide nothing). */
    Case escalate(CaseWork w, Case c, CasePolicy policy, EscalationTrigger trigger, SlaMetric metric, String actor) {
        long recent = 0;
        if (trigger == EscalationTrigger.OPENED && c.type() == CaseType.COMPLAINT) {
            recent = w.ctx.cases.countComplaints(c.tenantId(), c.customerId(), w.now.minus(policy.escalation().repeatWindow()));
        }
        EscalationFacts facts = new EscalationFacts(c.tenantId(), c.id(), c.number(), c.type(), c.details().category(), c.priority(),
                c.status(), c.escalationLevel(), c.assignee(), trigger, metric, recent, c.reopenCount(), c.tierCode(), policy.escalation());
        int level = c.escalationLevel();
        Assignee reassign = null;
        List<String> reasons = new ArrayList<>();
        for (EscalationRule rule : rules) {
            Optional<Escalation> decision = decide(rule, facts);
            if (decision.isEmpty()) {
                continue;
            }
            Escalation d = decision.get();
            boolean raises = d.level() > level;
            boolean moves = reassign == null && d.reassignTo() != null && !d.reassignTo().equals(c.assignee());
            level = Math.max(level, d.level());
            reassign = moves ? d.reassignTo() : reassign;
            if (raises || moves) {
                reasons.add(rule.name() + ": " + d.reason());
            }
        }
        return reasons.isEmpty() ? c : apply(w, c, level, reassign, trigger, String.join("; ", reasons), actor);
    }

    /**
     * {@code c} escalated by hand.
     *
     * @throws org.crmkit.shared.ValidationException if it would neither raise the level nor reassign
     */
    static Case byHand(CaseWork w, Case c, EscalateCase command) {
        Workflow.requireOpen(c, "escalate it");
        Assignee to = command.team() == null ? null : Assignee.team(command.team());
        if (command.level() <= c.escalationLevel() && (to == null || to.equals(c.assignee()))) {
            throw new ValidationException("EscalateCase", List.of(Violation.of("level", command.level(),
                    "must be above the case's level " + c.escalationLevel() + ", unless the case goes to another team")));
        }
        return apply(w, c, Math.max(command.level(), c.escalationLevel()), to, EscalationTrigger.MANUAL, command.reason(),
                command.actor());
    }

    /** Applies an escalation: level, assignee, audit, event and notice. */
    static Case apply(CaseWork w, Case c, int level, Assignee reassign, EscalationTrigger trigger, String reason, String actor) {
        Case.Edit edit = c.edit();
        edit.escalationLevel = level;
        edit.assignee = reassign == null ? c.assignee() : reassign;
        edit.times = c.times().touched(w.now);
        Case escalated = edit.done();
        w.audit(escalated, CaseAction.ESCALATED, c.status(), actor, "level " + c.escalationLevel() + " -> " + level
                + (reassign == null ? "" : ", to " + reassign) + ": " + reason);
        w.publish(new CaseEscalated(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), c.customerId(), c.escalationLevel(), level, trigger,
                escalated.assignee(), reason));
        w.notice(new CaseNotice(c.tenantId(), c.id(), c.number(), trigger, level, escalated.assignee(), reason, w.now));
        return escalated;
    }

    private static Optional<Escalation> decide(EscalationRule rule, EscalationFacts facts) {
        try {
            return rule.evaluate(facts);
        } catch (RuntimeException e) {
            log.warn("escalation rule {} failed on case {} of tenant {}; skipping it", rule.name(), facts.number(), facts.tenantId(), e);
            return Optional.empty();
        }
    }
}
