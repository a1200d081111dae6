package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseEvent;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseNotOpenException;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.IllegalCaseTransitionException;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.SurveyRefusedException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a clear, typed error, and nothing is written. */
public abstract class CaseBadInputContract extends CaseFixture {

    @Test
    void an_empty_subject_is_refused_and_nothing_is_opened() {
        // when
        List<String> fields = invalidFields(() -> complaints.open(OpenCase.of(tenant, li, CaseType.COMPLAINT,
                "delivery", CaseChannel.APP, "  ")));

        // then
        assertThat(fields).containsExactly("subject");
        assertThat(complaints.casesOf(tenant, li, PageRequest.first(10)).items()).isEmpty();
        assertThat(drainEvents()).noneMatch(CaseEvent.class::isInstance);
    }

    @Test
    void every_broken_field_of_an_open_is_listed_at_once() {
        // given
        OpenCase bad = new OpenCase(tenant, li, null, "has spaces", CaseChannel.APP, "line one\nline two", null,
                new OrderLink(" ", List.of("")), null, null, List.of("oss://a.jpg"), "key with spaces", "");

        // when
        List<String> fields = invalidFields(() -> complaints.open(bad));

        // then
        assertThat(fields).containsOnly("type", "category", "subject", "order.orderId", "order.items[0].<list element>",
                "requestKey", "actor");
    }

    @Test
    void an_unknown_customer_is_not_found() {
        assertThatThrownBy(() -> complaints.open(complaint(CustomerId.of("ghost-42"))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("customer"))
                .hasMessageContaining("ghost-42");
    }

    @Test
    void an_order_that_is_not_a_recorded_purchase_of_the_customer_is_not_found() {
        // given han bought order-7; nobody bought order-8
        crm.commerce().recordPurchase(org.crmkit.value.history.RecordPurchase.of(tenant, han, "order-7",
                org.crmkit.shared.Money.of("10.00", "CNY")));

        // then
        assertThatThrownBy(() -> complaints.open(complaint().about(OrderLink.of("order-8"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("order-8");
        assertThatThrownBy(() -> complaints.open(complaint(li).about(OrderLink.of("order-7"))))
                .as("han's order is not li's").isInstanceOf(NotFoundException.class).hasMessageContaining("order-7");
        assertThat(complaints.casesOf(tenant, li, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void another_tenants_case_cannot_be_read_or_changed() {
        // given
        Case mine = open();
        TenantId other = Tenants.fresh();

        // when / then
        assertThat(complaints.find(other, mine.id())).isEmpty();
        assertThat(complaints.findByNumber(other, mine.number())).isEmpty();
        assertThatThrownBy(() -> complaints.move(MoveCase.to(other, mine.id(), CaseStatus.ACKNOWLEDGED, AGENT)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("case"));
        assertThatThrownBy(() -> complaints.audit(other, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.sla(other, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(reload(mine)).isEqualTo(mine);
    }

    @Test
    void an_unknown_case_id_is_not_found() {
        assertThatThrownBy(() -> complaints.resolve(ResolveCase.of(tenant, CaseId.of("no-such-case"), ResolutionOutcome.REFUND, "x", AGENT)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-case");
    }

    @Test
    void resolving_a_case_nobody_worked_on_is_an_illegal_transition() {
        // given
        Case c = open();

        // when / then
        assertThatThrownBy(() -> resolve(c)).isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
            assertThat(e.to()).isEqualTo(CaseStatus.RESOLVED);
            assertThat(e.allowed()).containsExactlyInAnyOrder(CaseStatus.ACKNOWLEDGED, CaseStatus.CANCELLED);
        });
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void moving_to_resolved_without_an_outcome_is_refused() {
        Case c = inProgress(open());
        assertThat(invalidFields(() -> move(c, CaseStatus.RESOLVED))).containsExactly("to");
    }

    @Test
    void a_resolution_needs_a_reason_and_no_negative_points() {
        // given
        Case c = inProgress(open());

        // when
        List<String> fields = invalidFields(() -> complaints.resolve(
                new ResolveCase(tenant, c.id(), ResolutionOutcome.REJECTED, "", -5, null, AGENT)));

        // then
        assertThat(fields).containsExactly("goodwillPoints", "summary");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void a_satisfaction_score_outside_one_to_five_is_refused() {
        Case c = resolve(inProgress(open()));
        assertThat(invalidFields(() -> complaints.recordSatisfaction(new RecordSatisfaction(tenant, c.id(), 0, null)))).containsExactly("score");
        assertThat(invalidFields(() -> complaints.recordSatisfaction(new RecordSatisfaction(tenant, c.id(), 6, null)))).containsExactly("score");
        assertThat(reload(c).satisfaction()).isNull();
    }

    @Test
    void a_survey_before_resolution_is_refused() {
        // given
        Case c = inProgress(open());

        // when / then
        assertThatThrownBy(() -> complaints.recordSatisfaction(new RecordSatisfaction(tenant, c.id(), 5, "quick!")))
                .isInstanceOfSatisfying(SurveyRefusedException.class, e -> assertThat(e.status()).isEqualTo(CaseStatus.IN_PROGRESS))
                .hasMessageContaining("resolve the case first");
    }

    @Test
    void an_nps_score_outside_zero_to_ten_is_refused() {
        assertThat(invalidFields(() -> complaints.recordNps(new RecordNps(tenant, li, "nps-1", 11, null)))).containsExactly("score");
        assertThat(invalidFields(() -> complaints.recordNps(new RecordNps(tenant, li, "nps-1", -1, null)))).containsExactly("score");
        assertThat(complaints.npsOf(tenant, li)).isEmpty();
    }

    @Test
    void work_on_a_closed_case_is_refused() {
        Case closed = move(resolve(inProgress(open())), CaseStatus.CLOSED);
        assertThatThrownBy(() -> complaints.respond(new RecordResponse(tenant, closed.id(), AGENT, "hello?")))
                .isInstanceOf(CaseNotOpenException.class).hasMessageContaining("CLOSED");
    }

    @Test
    void a_move_based_on_a_stale_version_is_a_conflict() {
        // given
        Case seen = open();
        move(seen, CaseStatus.ACKNOWLEDGED);

        // when / then
        assertThatThrownBy(() -> complaints.move(MoveCase.to(tenant, seen.id(), CaseStatus.CANCELLED, AGENT).ifVersion(seen.version())))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("reload");
        assertThat(reload(seen).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    }

    @Test
    void a_cursor_this_query_did_not_issue_is_refused() {
        assertThat(invalidFields(() -> complaints.casesOf(tenant, li, PageRequest.after("bm90LWEtY3Vyc29y", 10)))).containsExactly("cursor");
        assertThat(invalidFields(() -> complaints.teamQueue(tenant, "service", PageRequest.after("%%%", 10)))).containsExactly("cursor");
    }
}
