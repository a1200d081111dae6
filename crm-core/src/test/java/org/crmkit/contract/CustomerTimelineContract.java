package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The single view of a customer: purchases, refunds, points, tier moves and lifecycle moves reach
 * the customer's timeline in the unit of work that makes them, newest first, paged with cursors,
 * per tenant, once per fact.
 */
public abstract class CustomerTimelineContract extends TierFixture {

    @BeforeEach
    void aProgrammeBesideJdsLadder() {
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).pendingFor(java.time.Duration.ZERO).build());
    }

    private List<TimelineEntry> timelineOf(org.crmkit.shared.CustomerId who) {
        List<TimelineEntry> all = new ArrayList<>();
        Page.forEach(request -> crm.timeline().page(tenant, who, request), 2, all::add);
        return all;
    }

    @Test
    void a_purchase_and_a_refund_show_every_context_s_part_newest_first() {
        // given
        at("2025-05-10T10:30");
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("1200.00")).inProgramme(PROGRAMME));
        at("2025-05-10T11:00");
        crm.commerce().recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("200.00")));

        // when
        List<TimelineEntry> timeline = timelineOf(li);

        // then
        // then: newest first, and within one unit of work the reverse of the order the changes were made in
        assertThat(timeline).extracting(TimelineEntry::context, TimelineEntry::kind).containsExactly(
                tuple("loyalty", "PointsReversed"), tuple("value", "PurchaseRefunded"),
                tuple("customer", "LifecycleStageChanged"), tuple("tier", "TierUpgraded"), tuple("loyalty", "PointsEarned"),
                tuple("value", "PurchaseRecorded"), tuple("customer", "CustomerRegistered"));
        assertThat(timeline).extracting(TimelineEntry::summary).contains("refunded CNY 200.00", "stage PROSPECT -> ACTIVE",
                "paid CNY 1200.00", "registered via APP").anySatisfy(s -> assertThat(s).startsWith("tier registered -> bronze"));
        assertThat(timeline).filteredOn(e -> e.kind().equals("PurchaseRecorded")).singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo("o-1"));
        assertThat(timeline).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::occurredAt).reversed());
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void spending_points_reaches_the_timeline_and_a_refused_spend_does_not() {
        // given
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("500.00")).inProgramme(PROGRAMME));
        crm.loyalty().redeem(new RedeemPoints(tenant, li, PROGRAMME, "spend-1", 100, "coupon"));

        // when
        Throwable refused = catchThrowable(() -> crm.loyalty().redeem(new RedeemPoints(tenant, li, PROGRAMME, "spend-2", 100_000, "tv")));

        // then
        assertThat(refused).isNotNull();
        assertThat(timelineOf(li)).extracting(TimelineEntry::summary).contains("spent 100 points").doesNotContain("spent 100000 points");
    }

    @Test
    void a_survey_answer_reaches_the_timeline_without_its_comment() {
        // when
        crm.complaints().recordNps(new org.crmkit.complaint.RecordNps(tenant, li, "nps-2025-05", 9, "the courier Wang was lovely"));

        // then
        assertThat(timelineOf(li)).filteredOn(e -> e.kind().equals("NpsRecorded")).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("answered survey nps-2025-05: NPS score 9");
            assertThat(e.reference()).isEqualTo("nps-2025-05");
        });
    }

    @Test
    void each_line_names_the_event_it_records() {
        // given
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("500.00")));

        // when
        var events = org.crmkit.testing.Outboxes.drainEventsOf(crm.outbox(), tenant);

        // then
        assertThat(timelineOf(li)).extracting(TimelineEntry::eventId)
                .isSubsetOf(events.stream().map(e -> e.eventId().toString()).toList());
    }

    @Test
    void a_replayed_purchase_adds_no_line() {
        // given
        RecordPurchase order = RecordPurchase.of(tenant, li, "o-1", cny("500.00")).inProgramme(PROGRAMME);
        crm.commerce().recordPurchase(order);
        int lines = timelineOf(li).size();

        // when
        crm.commerce().recordPurchase(order);
        crm.commerce().recordPurchase(order);

        // then
        assertThat(timelineOf(li)).hasSize(lines);
    }

    @Test
    void another_tenant_sees_no_line_and_cannot_name_the_customer() {
        // given
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("500.00")));
        TenantId other = Tenants.fresh();

        // when
        Throwable foreign = catchThrowable(() -> crm.timeline().page(other, li, PageRequest.first(10)));

        // then
        assertThat(foreign).isInstanceOf(NotFoundException.class);
        assertThat(timelineOf(han)).extracting(TimelineEntry::kind).containsExactly("CustomerRegistered");
    }

    @Test
    void a_forged_cursor_is_a_validation_error() {
        // when
        Throwable thrown = catchThrowable(() -> crm.timeline().page(tenant, li, PageRequest.after("not-a-cursor", 10)));

        // then
        assertThat(thrown).isInstanceOf(org.crmkit.shared.ValidationException.class);
    }
}
