package org.crmkit.complaint;

import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.spi.Escalation;
import org.crmkit.complaint.spi.EscalationFacts;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.EscalationTrigger;

/** The escalation rules every tenant has, configured by its {@link EscalationPolicy}. */
final class BuiltInEscalationRules {

    private BuiltInEscalationRules() {}

    static List<EscalationRule> all() {
        return List.of(new SlaRule(), new UrgentComplaintRule(), new RepeatComplaintRule(), new ReopenRule());
    }

    /** At risk: level 1. Breached: level 2, and to the breach team if the tenant has one. */
    private static final class SlaRule implements EscalationRule {
        @Override
        public String name() {
            return "sla";
        }

        @Override
        public Optional<Escalation> evaluate(EscalationFacts f) {
            if (f.trigger() == EscalationTrigger.SLA_AT_RISK) {
                return Optional.of(Escalation.toLevel(1, f.metric() + " target at risk"));
            }
            if (f.trigger() == EscalationTrigger.SLA_BREACHED) {
                Assignee team = f.policy().breachTeam() == null ? null : Assignee.team(f.policy().breachTeam());
                return Optional.of(new Escalation(2, team, f.metric() + " target breached"));
            }
            return Optional.empty();
        }
    }

    /** A P1 complaint starts at level 1. */
    private static final class UrgentComplaintRule implements EscalationRule {
        @Override
        public String name() {
            return "p1-complaint";
        }

        @Override
        public Optional<Escalation> evaluate(EscalationFacts f) {
            boolean urgent = f.trigger() == EscalationTrigger.OPENED && f.type() == CaseType.COMPLAINT && f.priority() == Priority.P1;
            return urgent ? Optional.of(Escalation.toLevel(1, "P1 complaint")) : Optional.empty();
        }
    }

    /** The customer's n-th complaint within the window starts at level 1. */
    private static final class RepeatComplaintRule implements EscalationRule {
        @Override
        public String name() {
            return "repeat-complaints";
        }

        @Override
        public Optional<Escalation> evaluate(EscalationFacts f) {
            boolean repeat = f.trigger() == EscalationTrigger.OPENED && f.type() == CaseType.COMPLAINT
                    && f.recentComplaints() >= f.policy().repeatComplaints();
            return repeat ? Optional.of(Escalation.toLevel(1, f.recentComplaints() + " complaints from the customer within "
                    + f.policy().repeatWindow())) : Optional.empty();
        }
    }

    /** Every reopen raises the level by one. */
    private static final class ReopenRule implements EscalationRule {
        @Override
        public String name() {
            return "reopen";
        }

        @Override
        public Optional<Escalation> evaluate(EscalationFacts f) {
            return f.trigger() == EscalationTrigger.REOPENED
                    ? Optional.of(Escalation.toLevel(f.level() + 1, "reopened (" + f.reopenCount() + " times)"))
                    : Optional.empty();
        }
    }
}
