package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseEscalated;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.SlaAtRisk;
import org.crmkit.complaint.SlaBreached;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.complaint.SlaMetric;
import org.crmkit.complaint.SlaState;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The scheduler-free SLA check: at-risk (80%) and breach points reported once each, in order, with
 * their escalations and notices; nothing for met or paused targets; idempotent on re-runs. The
 * default policy runs round the clock: 24 h to acknowledge, so at risk after 19 h 12 min.
 */
public abstract class SlaCheckContract extends CaseFixture {

    /** Cases whose breach event the publisher refuses, as if the case could not be written. */
    private final Set<CaseId> poisoned = ConcurrentHashMap.newKeySet();

    @Override
    protected Crm.Builder configure(Crm.Builder builder) {
        return builder.eventPublisher(event -> {
            if (event instanceof SlaBreached breach && poisoned.contains(breach.caseId())) {
                throw new IllegalStateException("injected failure writing case " + breach.number());
            }
            storage().outbox().publish(event);
        });
    }

    private SlaCheckReport checkAfter(Instant opened, Duration elapsed) {
        clock.set(opened.plus(elapsed));
        return checkSlas();
    }

    @Test
    void the_check_reports_at_risk_then_breach_once_each_and_re_runs_report_nothing() {
        // given
        Case c = open();
        Instant opened = c.times().openedAt();

        // when
        SlaCheckReport early = checkAfter(opened, Duration.ofHours(10));
        SlaCheckReport atRisk = checkAfter(opened, Duration.ofHours(20));
        SlaCheckReport atRiskAgain = checkSlas();
        SlaCheckReport breach = checkAfter(opened, Duration.ofHours(25));
        SlaCheckReport breachAgain = checkSlas();

        // then
        assertThat(early.examined()).isZero();
        assertThat(atRisk).isEqualTo(new SlaCheckReport(1, 1, 0, 1, 0));
        assertThat(atRiskAgain.examined()).isZero();
        assertThat(breach).isEqualTo(new SlaCheckReport(1, 0, 1, 1, 0));
        assertThat(breachAgain.examined()).isZero();
        Case checked = reload(c);
        assertThat(checked.escalationLevel()).isEqualTo(2);
        assertThat(checked.sla().state()).isEqualTo(SlaState.BREACHED);
        assertThat(checked.sla().breached()).containsExactly(SlaMetric.ACKNOWLEDGE);
        assertThat(caseEventsOf(c)).extracting(DomainEvent::type)
                .containsExactly("CaseOpened", "SlaAtRisk", "CaseEscalated", "SlaBreached", "CaseEscalated");
        assertThat(notices).extracting(n -> n.trigger()).containsExactly(EscalationTrigger.SLA_AT_RISK, EscalationTrigger.SLA_BREACHED);
        assertThat(auditOf(c)).extracting(CaseAuditEntry::action, CaseAuditEntry::actor).contains(
                tuple(CaseAction.SLA_AT_RISK, "system:sla"),
                tuple(CaseAction.SLA_BREACHED, "system:sla"));
    }

    @Test
    void a_target_first_seen_already_breached_is_reported_at_risk_then_breached_in_one_run() {
        // given
        Case c = open();

        // when
        SlaCheckReport report = checkAfter(c.times().openedAt(), Duration.ofHours(30));

        // then
        assertThat(report).isEqualTo(new SlaCheckReport(1, 1, 1, 1, 0));
        var events = caseEventsOf(c).stream().filter(e -> e instanceof SlaAtRisk || e instanceof SlaBreached).toList();
        assertThat(events).extracting(DomainEvent::type).containsExactly("SlaAtRisk", "SlaBreached");
        assertThat(((SlaBreached) events.get(1)).dueAt()).isEqualTo(c.times().openedAt().plus(Duration.ofHours(24)));
        assertThat(reload(c).escalationLevel()).isEqualTo(2);
    }

    @Test
    void a_met_target_is_not_reported_and_the_next_one_is_checked_when_due() {
        // given: acknowledged after an hour; first response at risk after 38 h 24 min
        Case c = open();
        Instant opened = c.times().openedAt();
        clock.advance(Duration.ofHours(1));
        move(c, CaseStatus.ACKNOWLEDGED);

        // when
        SlaCheckReport afterAckDue = checkAfter(opened, Duration.ofHours(30));
        SlaCheckReport firstResponseAtRisk = checkAfter(opened, Duration.ofHours(39));

        // then
        assertThat(afterAckDue.examined()).isZero();
        assertThat(firstResponseAtRisk.atRisk()).isEqualTo(1);
        assertThat(caseEventsOf(c)).filteredOn(SlaAtRisk.class::isInstance).extracting(e -> ((SlaAtRisk) e).metric())
                .containsExactly(SlaMetric.FIRST_RESPONSE);
    }

    @Test
    void a_case_waiting_on_the_customer_is_not_checked_until_it_resumes() {
        // given: acknowledged and answered, then waiting from hour 2
        Case c = inProgress(open());
        Instant opened = c.times().openedAt();
        clock.advance(Duration.ofHours(2));
        Case waiting = move(c, CaseStatus.WAITING_ON_CUSTOMER);

        // when
        SlaCheckReport whileWaiting = checkAfter(opened, Duration.ofHours(200));
        Case resumed = move(waiting, CaseStatus.IN_PROGRESS);

        // then: 2 h of the week to resolve were used; at risk after 134 h 24 min of running time
        assertThat(whileWaiting.examined()).isZero();
        assertThat(waiting.sla().nextCheckAt()).isNull();
        assertThat(resumed.sla().nextCheckAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(134 * 60 + 24 - 120)));
    }

    @Test
    void a_breach_hands_the_case_to_the_tenants_breach_team() {
        // given
        complaints.definePolicy(policy().withEscalation(new EscalationPolicy("supervisors", 3, Duration.ofDays(30))));
        Case c = open();

        // when
        checkAfter(c.times().openedAt(), Duration.ofHours(26));

        // then
        Case breached = reload(c);
        assertThat(breached.assignee().team()).isEqualTo("supervisors");
        assertThat(caseEventsOf(c)).filteredOn(CaseEscalated.class::isInstance).extracting(e -> ((CaseEscalated) e).toLevel())
                .containsExactly(1, 2);
        assertThat(notices).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(2);
            assertThat(n.assignee().team()).isEqualTo("supervisors");
            assertThat(n.number()).isEqualTo(c.number());
        });
        assertThat(crm.timeline().page(tenant, c.customerId(), PageRequest.first(20)).items())
                .filteredOn(line -> line.context().equals("complaint") && c.number().equals(line.reference()))
                .extracting(TimelineEntry::summary)
                .contains("case escalated to level 1", "case escalated to level 2");
    }

    @Test
    void a_failing_notifier_undoes_nothing() {
        // given
        Case c = open();
        notifierFails = true;

        // when
        SlaCheckReport report = checkAfter(c.times().openedAt(), Duration.ofHours(26));

        // then
        assertThat(report.breached()).isEqualTo(1);
        assertThat(reload(c).escalationLevel()).isEqualTo(2);
        assertThat(notices).isEmpty();
    }

    @Test
    void a_case_that_cannot_be_checked_is_counted_and_left_due_while_the_others_are_checked() {
        // given
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(openInquiry());
        }
        poisoned.add(cases.get(2).id());
        clock.advance(Duration.ofHours(26));

        // when
        SlaCheckReport first = checkSlas();
        poisoned.clear();
        SlaCheckReport second = checkSlas();

        // then
        assertThat(first).isEqualTo(new SlaCheckReport(5, 4, 4, 4, 1));
        assertThat(second).isEqualTo(new SlaCheckReport(1, 1, 1, 1, 0));
        assertThat(cases).allSatisfy(c -> assertThat(reload(c).escalationLevel()).isEqualTo(2));
    }

    @Test
    void a_check_of_every_tenant_covers_this_tenants_cases_too() {
        // given
        Case c = open();
        clock.set(c.times().openedAt().plus(Duration.ofHours(26)));

        // when
        complaints.checkSlas(clock.instant(), 0, 1);

        // then
        assertThat(reload(c).sla().breached()).containsExactly(SlaMetric.ACKNOWLEDGE);
    }
}
