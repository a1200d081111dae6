package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crmkit.complaint.AssignCase;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseReport;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.DurationStats;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.SlaRule;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Paged queries (a customer's cases, queues by SLA due time, cases at risk) and the period report. */
public abstract class CaseQueriesContract extends CaseFixture {

    /** Every item of a paged query, reading pages of {@code size}; also checks pages are not over-full. */
    private static List<Case> all(Function<PageRequest, Page<Case>> query, int size) {
        List<Case> items = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<Case> page = query.apply(request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            items.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return items;
            }
            request = PageRequest.after(page.nextCursor().get(), size);
        }
    }

    private static List<String> numbers(List<Case> cases) {
        return cases.stream().map(Case::number).toList();
    }

    private Case inquiry(Priority priority) {
        clock.advance(Duration.ofMinutes(1));
        return complaints.open(request(CaseType.INQUIRY, "price").withPriority(priority));
    }

    @Test
    void a_customers_cases_come_newest_first_page_by_page() {
        // given
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(inquiry(Priority.P3).number());
        }
        complaints.open(complaint(han));

        // when
        List<Case> cases = all(request -> complaints.casesOf(tenant, li, request), 2);

        // then
        Collections.reverse(opened);
        assertThat(numbers(cases)).containsExactlyElementsOf(opened);
    }

    @Test
    void a_queue_lists_open_cases_soonest_due_first_and_cases_whose_clocks_stand_still_last() {
        // given: 2 h to acknowledge at P1, 8 h at P2, 24 h otherwise
        complaints.definePolicy(policy().withSla(SlaPolicy.DEFAULT
                .withRule(new SlaRule(null, Priority.P1, null, SlaTargets.hours(2, 4, 24)))
                .withRule(new SlaRule(null, Priority.P2, null, SlaTargets.hours(8, 16, 48)))));
        Case waiting = move(inProgress(inquiry(Priority.P1)), CaseStatus.WAITING_ON_CUSTOMER);
        Case normal = inquiry(Priority.P3);
        Case urgent = inquiry(Priority.P1);
        Case high = inquiry(Priority.P2);
        resolve(inProgress(inquiry(Priority.P1)));
        for (Case c : List.of(urgent, normal)) {
            complaints.assign(new AssignCase(tenant, c.id(), "service", "agent-zhao", "sup-liu", null));
        }

        // when
        List<Case> team = all(request -> complaints.teamQueue(tenant, "service", request), 2);
        List<Case> agent = all(request -> complaints.agentQueue(tenant, "agent-zhao", request), 1);

        // then
        assertThat(numbers(team)).containsExactly(urgent.number(), high.number(), normal.number(), waiting.number());
        assertThat(numbers(agent)).containsExactly(urgent.number(), normal.number());
        assertThat(complaints.teamQueue(tenant, "nobody", PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void cases_at_risk_or_breached_are_listed_soonest_due_first() {
        // given: acknowledged within 24 h, at risk after 19 h 12 min
        Case breached = inquiry(Priority.P3);
        clock.advance(Duration.ofHours(5));
        Case atRisk = inquiry(Priority.P3);
        clock.advance(Duration.ofHours(5));
        inquiry(Priority.P3);
        clock.advance(Duration.ofHours(15));

        // when
        checkSlas();
        List<Case> flagged = all(request -> complaints.atRiskOrBreached(tenant, request), 1);

        // then
        assertThat(numbers(flagged)).containsExactly(breached.number(), atRisk.number());
    }

    @Test
    void a_report_counts_the_periods_cases_and_measures_times_compliance_and_satisfaction() {
        // given
        Instant start = clock.instant();
        Case before = open();
        move(before, CaseStatus.CANCELLED);
        clock.advance(Duration.ofHours(1));
        Instant from = clock.instant();
        Case fast = complaints.open(complaint());
        Case slow = complaints.open(request(CaseType.COMPLAINT, "product-quality"));
        Case late = complaints.open(request(CaseType.RETURN, "delivery"));
        move(complaints.open(request(CaseType.INQUIRY, "delivery")), CaseStatus.CANCELLED);
        clock.advance(Duration.ofHours(1));
        fast = inProgress(fast);
        clock.advance(Duration.ofHours(2));
        slow = inProgress(slow);
        clock.advance(Duration.ofHours(7));
        complaints.recordSatisfaction(new RecordSatisfaction(tenant, resolve(fast).id(), 5, null));
        clock.advance(Duration.ofHours(20));
        move(late, CaseStatus.ACKNOWLEDGED);
        complaints.recordSatisfaction(new RecordSatisfaction(tenant, resolve(slow).id(), 2, "slow"));
        for (int score : new int[] {10, 9, 7, 3}) {
            complaints.recordNps(new RecordNps(tenant, han, "nps-" + score, score, null));
        }

        // when
        CaseReport report = complaints.report(tenant, from, start.plus(Duration.ofDays(2)));

        // then
        assertThat(report.total()).isEqualTo(4);
        assertThat(report.byType()).isEqualTo(Map.of(CaseType.COMPLAINT, 2L, CaseType.RETURN, 1L, CaseType.INQUIRY, 1L));
        assertThat(report.byCategory()).isEqualTo(Map.of("delivery", 3L, "product-quality", 1L));
        assertThat(report.byStatus()).isEqualTo(Map.of(CaseStatus.RESOLVED, 2L, CaseStatus.ACKNOWLEDGED, 1L, CaseStatus.CANCELLED, 1L));
        assertThat(report.slaCompliance()).hasValue(2.0 / 3); // the return was acknowledged after 30 h
        assertThat(report.timeToAcknowledge()).isEqualTo(new DurationStats(3, Duration.ofMinutes(34 * 60 / 3), Duration.ofHours(30)));
        assertThat(report.timeToResolve()).isEqualTo(new DurationStats(2, Duration.ofHours(20), Duration.ofHours(30)));
        assertThat(report.csatAverage()).hasValue(3.5);
        assertThat(report.csatCount()).isEqualTo(2);
        assertThat(report.nps()).hasValue(25.0);
        assertThat(report.npsCount()).isEqualTo(4);
    }

    @Test
    void a_report_of_an_empty_period_has_no_rates() {
        CaseReport report = complaints.report(tenant, clock.instant(), clock.instant().plus(Duration.ofDays(1)));
        assertThat(report.total()).isZero();
        assertThat(report.slaCompliance()).isEmpty();
        assertThat(report.csatAverage()).isEmpty();
        assertThat(report.nps()).isEmpty();
        assertThat(report.timeToResolve().count()).isZero();
    }
}
