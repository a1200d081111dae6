package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.crmkit.Crm;
import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseEscalated;
import org.crmkit.complaint.CaseNotOpenException;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalateCase;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.spi.Escalation;
import org.crmkit.complaint.spi.EscalationFacts;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.junit.jupiter.api.Test;

/**
 * Escalation at open and on reopen by the built-in rules (P1 complaints, repeat complainants),
 * by a plug-in rule, and by hand; each one audited, announced and noticed.
 */
public abstract class CaseEscalationContract extends CaseFixture {

    @Override
    protected Crm.Builder configure(Crm.Builder builder) {
        return builder.escalationRule(new EscalationRule() {
            @Override
            public String name() {
                return "food-safety";
            }

            @Override
            public Optional<Escalation> evaluate(EscalationFacts facts) {
                boolean food = facts.trigger() == EscalationTrigger.OPENED && "food-safety".equals(facts.category());
                return food ? Optional.of(new Escalation(3, Assignee.team("quality"), "food safety is handled by quality"))
                        : Optional.empty();
            }
        }).escalationRule(new EscalationRule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<Escalation> evaluate(EscalationFacts facts) {
                throw new IllegalStateException("a broken plug-in");
            }
        });
    }

    @Test
    void a_p1_complaint_is_escalated_as_it_opens_and_someone_is_told() {
        // when
        Case urgent = complaints.open(complaint().withPriority(Priority.P1));
        Case normal = complaints.open(complaint(han).withPriority(Priority.P2));

        // then
        assertThat(urgent.escalationLevel()).isEqualTo(1);
        assertThat(normal.escalationLevel()).isZero();
        assertThat(auditOf(urgent)).extracting(CaseAuditEntry::action).containsExactly(CaseAction.OPENED, CaseAction.ESCALATED);
        assertThat(auditOf(urgent).get(1).note()).contains("p1-complaint: P1 complaint");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.caseId()).isEqualTo(urgent.id());
            assertThat(n.trigger()).isEqualTo(EscalationTrigger.OPENED);
            assertThat(n.level()).isEqualTo(1);
        });
    }

    @Test
    void the_third_complaint_of_one_customer_within_thirty_days_is_escalated() {
        // given
        open();
        clock.advance(Duration.ofDays(10));
        complaints.open(request(CaseType.INQUIRY, "delivery")); // inquiries do not count
        Case second = open();

        // when
        clock.advance(Duration.ofDays(19));
        Case third = open();
        clock.advance(Duration.ofDays(2));
        Case hansFirst = complaints.open(complaint(han)); // han's first

        // then
        assertThat(second.escalationLevel()).isZero();
        assertThat(third.escalationLevel()).isEqualTo(1);
        assertThat(auditOf(third).get(1).note()).contains("3 complaints from the customer within PT720H");
        assertThat(hansFirst.escalationLevel()).isZero();
    }

    @Test
    void a_plug_in_rule_can_raise_and_reassign_and_a_broken_one_is_skipped() {
        // when
        Case food = complaints.open(request(CaseType.COMPLAINT, "food-safety"));

        // then
        assertThat(food.escalationLevel()).isEqualTo(3);
        assertThat(food.assignee()).isEqualTo(Assignee.team("quality"));
        assertThat(caseEventsOf(food)).filteredOn(CaseEscalated.class::isInstance).singleElement().satisfies(e -> {
            CaseEscalated escalated = (CaseEscalated) e;
            assertThat(escalated.fromLevel()).isZero();
            assertThat(escalated.toLevel()).isEqualTo(3);
            assertThat(escalated.reason()).startsWith("food-safety: ");
        });
    }

    @Test
    void a_supervisor_escalates_by_hand_and_may_hand_the_case_over() {
        // given
        Case c = move(open(), CaseStatus.ACKNOWLEDGED);

        // when
        Case raised = complaints.escalate(new EscalateCase(tenant, c.id(), 2, null, "customer threatens to go to the press", "sup-liu"));
        Case handedOver = complaints.escalate(new EscalateCase(tenant, c.id(), 2, "vip-care", "needs a senior", "sup-liu"));

        // then
        assertThat(raised.escalationLevel()).isEqualTo(2);
        assertThat(handedOver.assignee()).isEqualTo(Assignee.team("vip-care"));
        assertThat(caseEventsOf(c)).filteredOn(CaseEscalated.class::isInstance).extracting(e -> ((CaseEscalated) e).trigger())
                .containsExactly(EscalationTrigger.MANUAL, EscalationTrigger.MANUAL);
        assertThat(notices).hasSize(2);
    }

    @Test
    void an_escalation_by_hand_that_changes_nothing_or_concerns_a_resolved_case_is_refused() {
        // given
        Case c = move(open(), CaseStatus.ACKNOWLEDGED);
        complaints.escalate(new EscalateCase(tenant, c.id(), 2, null, "loud customer", "sup-liu"));
        Case resolved = resolve(inProgress(open()));

        // when / then
        assertThat(invalidFields(() -> complaints.escalate(new EscalateCase(tenant, c.id(), 1, null, "again", "sup-liu"))))
                .containsExactly("level");
        assertThatThrownBy(() -> complaints.escalate(new EscalateCase(tenant, resolved.id(), 3, null, "too late", "sup-liu")))
                .isInstanceOf(CaseNotOpenException.class);
    }
}
