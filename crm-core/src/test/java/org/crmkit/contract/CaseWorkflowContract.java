package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.crmkit.complaint.CaseStatus.ACKNOWLEDGED;
import static org.crmkit.complaint.CaseStatus.CANCELLED;
import static org.crmkit.complaint.CaseStatus.CLOSED;
import static org.crmkit.complaint.CaseStatus.IN_PROGRESS;
import static org.crmkit.complaint.CaseStatus.NEW;
import static org.crmkit.complaint.CaseStatus.REOPENED;
import static org.crmkit.complaint.CaseStatus.RESOLVED;
import static org.crmkit.complaint.CaseStatus.WAITING_ON_CUSTOMER;

import java.time.Duration;
import org.crmkit.complaint.AssignCase;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAcknowledged;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAssigned;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseOpened;
import org.crmkit.complaint.CaseReopened;
import org.crmkit.complaint.CaseResolved;
import org.crmkit.complaint.CaseResponded;
import org.crmkit.complaint.CaseStatusChanged;
import org.crmkit.complaint.IllegalCaseTransitionException;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.ReopenWindowClosedException;
import org.crmkit.shared.DomainEvent;
import org.junit.jupiter.api.Test;

/** Every path of the case workflow, with its audit trail and events. */
public abstract class CaseWorkflowContract extends CaseFixture {

    @Test
    void a_complaint_walks_from_new_to_closed_with_an_audit_line_and_an_event_per_step() {
        // given
        Case c = open();

        // when
        c = move(c, ACKNOWLEDGED);
        clock.advance(Duration.ofMinutes(5));
        c = move(c, IN_PROGRESS);
        c = move(c, WAITING_ON_CUSTOMER);
        clock.advance(Duration.ofHours(2));
        c = move(c, IN_PROGRESS);
        c = resolve(c);
        c = move(c, CLOSED);

        // then
        assertThat(c.status()).isEqualTo(CLOSED);
        assertThat(c.version()).isEqualTo(6);
        assertThat(c.times().acknowledgedAt()).isEqualTo(shanghai("2026-03-02T10:00"));
        assertThat(c.times().resolvedAt()).isEqualTo(shanghai("2026-03-02T12:05"));
        assertThat(c.times().endedAt()).isEqualTo(shanghai("2026-03-02T12:05"));
        assertThat(auditOf(c)).extracting(CaseAuditEntry::sequence, CaseAuditEntry::action, CaseAuditEntry::from, CaseAuditEntry::to)
                .containsExactly(
                        tuple(1L, CaseAction.OPENED, null, NEW),
                        tuple(2L, CaseAction.STATUS_CHANGED, NEW, ACKNOWLEDGED),
                        tuple(3L, CaseAction.STATUS_CHANGED, ACKNOWLEDGED, IN_PROGRESS),
                        tuple(4L, CaseAction.STATUS_CHANGED, IN_PROGRESS, WAITING_ON_CUSTOMER),
                        tuple(5L, CaseAction.STATUS_CHANGED, WAITING_ON_CUSTOMER, IN_PROGRESS),
                        tuple(6L, CaseAction.STATUS_CHANGED, IN_PROGRESS, RESOLVED),
                        tuple(7L, CaseAction.STATUS_CHANGED, RESOLVED, CLOSED));
        assertThat(auditOf(c)).extracting(CaseAuditEntry::actor).containsExactly("customer", AGENT, AGENT, AGENT, AGENT, AGENT, AGENT);
        assertThat(auditOf(c).get(1).note()).isEqualTo("moved to ACKNOWLEDGED");
        assertThat(auditOf(c).get(4).at()).isEqualTo(shanghai("2026-03-02T12:05"));
        assertThat(caseEventsOf(c)).extracting(DomainEvent::type).containsExactly("CaseOpened", "CaseAcknowledged", "CaseStatusChanged",
                "CaseStatusChanged", "CaseStatusChanged", "CaseResolved", "CaseStatusChanged");
    }

    @Test
    void each_move_emits_exactly_one_event_naming_what_happened() {
        // given
        Case c = open();

        // when
        Case resolved = resolve(inProgress(c));

        // then
        var events = caseEventsOf(resolved);
        assertThat(events.get(0)).isInstanceOfSatisfying(CaseOpened.class, e -> {
            assertThat(e.number()).isEqualTo(c.number());
            assertThat(e.customerId()).isEqualTo(li);
            assertThat(e.dueAt()).isEqualTo(shanghai("2026-03-03T10:00")); // acknowledge within 24 hours, round the clock
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(CaseAcknowledged.class, e -> assertThat(e.actor()).isEqualTo(AGENT));
        assertThat(events.get(2)).isInstanceOfSatisfying(CaseStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo(ACKNOWLEDGED);
            assertThat(e.to()).isEqualTo(IN_PROGRESS);
        });
        assertThat(events.get(3)).isInstanceOfSatisfying(CaseResolved.class, e -> {
            assertThat(e.from()).isEqualTo(IN_PROGRESS);
            assertThat(e.round()).isEqualTo(1);
        });
    }

    @Test
    void a_resolved_case_reopened_within_the_window_goes_back_to_work_and_is_resolved_again() {
        // given
        Case c = resolve(inProgress(open()));
        clock.advance(Duration.ofDays(6));

        // when
        c = move(c, REOPENED);
        c = move(c, IN_PROGRESS);
        c = resolve(c);
        c = move(c, CLOSED);

        // then
        assertThat(c.reopenCount()).isEqualTo(1);
        assertThat(c.resolution().round()).isEqualTo(2);
        assertThat(c.escalationLevel()).as("a reopen escalates").isEqualTo(1);
        assertThat(auditOf(c)).extracting(CaseAuditEntry::to).containsSubsequence(RESOLVED, REOPENED, IN_PROGRESS, RESOLVED, CLOSED);
        assertThat(caseEventsOf(c)).filteredOn(CaseReopened.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CaseReopened) e).reopenCount()).isEqualTo(1));
    }

    @Test
    void a_reopen_after_the_window_is_refused_and_changes_nothing() {
        // given: the default window is seven days
        Case c = resolve(inProgress(open()));
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        // when / then
        assertThatThrownBy(() -> move(c, REOPENED)).isInstanceOf(ReopenWindowClosedException.class)
                .hasMessageContaining(c.number()).hasMessageContaining("open a new case");
        assertThat(reload(c)).isEqualTo(c);
    }

    @Test
    void a_case_is_cancelled_while_new_or_acknowledged_but_not_once_work_started() {
        // given
        Case fresh = open();
        Case acknowledged = move(open(), ACKNOWLEDGED);
        Case started = inProgress(open());

        // when
        Case cancelledFresh = move(fresh, CANCELLED);
        Case cancelledAcknowledged = move(acknowledged, CANCELLED);

        // then
        assertThat(cancelledFresh.status()).isEqualTo(CANCELLED);
        assertThat(cancelledAcknowledged.status()).isEqualTo(CANCELLED);
        assertThat(cancelledFresh.sla().nextCheckAt()).as("a cancelled case needs no SLA checks").isNull();
        assertThatThrownBy(() -> move(started, CANCELLED)).isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(IN_PROGRESS);
            assertThat(e.allowed()).containsExactlyInAnyOrder(WAITING_ON_CUSTOMER, RESOLVED);
            assertThat(e).hasMessageContaining("[WAITING_ON_CUSTOMER, RESOLVED]");
        });
    }

    @Test
    void a_case_waiting_on_the_customer_can_be_resolved_when_their_answer_settles_it() {
        // given
        Case waiting = move(inProgress(open()), WAITING_ON_CUSTOMER);

        // when
        Case resolved = resolve(waiting);

        // then
        assertThat(resolved.status()).isEqualTo(RESOLVED);
        assertThat(auditOf(resolved).get(auditOf(resolved).size() - 1).from()).isEqualTo(WAITING_ON_CUSTOMER);
    }

    @Test
    void final_statuses_move_nowhere() {
        // given
        Case closed = move(resolve(inProgress(open())), CLOSED);
        Case cancelled = move(open(), CANCELLED);

        // when / then
        assertThatThrownBy(() -> move(closed, REOPENED)).isInstanceOfSatisfying(IllegalCaseTransitionException.class,
                e -> assertThat(e.allowed()).isEmpty()).hasMessageContaining("final");
        assertThatThrownBy(() -> move(cancelled, ACKNOWLEDGED)).isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void responses_and_reassignments_are_audited_and_announced() {
        // given
        Case c = move(open(), ACKNOWLEDGED);

        // when
        clock.advance(Duration.ofMinutes(30));
        Case answered = complaints.respond(new RecordResponse(tenant, c.id(), AGENT, "we are looking into it"));
        complaints.respond(new RecordResponse(tenant, c.id(), AGENT, "courier contacted"));
        Case assigned = complaints.assign(new AssignCase(tenant, c.id(), "logistics", "agent-zhao", "supervisor-liu", "courier issue"));

        // then
        assertThat(answered.times().firstResponseAt()).isEqualTo(shanghai("2026-03-02T10:30"));
        assertThat(assigned.times().firstResponseAt()).as("only the first response counts").isEqualTo(shanghai("2026-03-02T10:30"));
        assertThat(assigned.assignee().team()).isEqualTo("logistics");
        assertThat(assigned.assignee().agent()).isEqualTo("agent-zhao");
        assertThat(auditOf(c)).extracting(CaseAuditEntry::action).endsWith(CaseAction.RESPONDED, CaseAction.RESPONDED, CaseAction.ASSIGNED);
        var events = caseEventsOf(c);
        assertThat(events).filteredOn(CaseResponded.class::isInstance).extracting(e -> ((CaseResponded) e).first()).containsExactly(true, false);
        assertThat(events).filteredOn(CaseAssigned.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CaseAssigned) e).from().team()).isEqualTo("service"));
    }
}
