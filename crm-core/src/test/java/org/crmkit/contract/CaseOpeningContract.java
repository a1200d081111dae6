package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseOpened;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.SlaRule;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/** Opening cases: numbers, idempotent opens, what a case keeps, priorities and targets by tier. */
public abstract class CaseOpeningContract extends CaseFixture {

    @Test
    void case_numbers_count_up_per_tenant_and_year() {
        // given
        TenantId other = Tenants.fresh();
        CustomerId lucy = register(other, "Lucy");

        // when
        List<String> numbers = List.of(open().number(), open().number(), open().number());
        String othersFirst = complaints.open(complaint(lucy).withTenant(other)).number();
        at("2027-01-01T00:05");
        String nextYear = open().number();

        // then
        assertThat(numbers).containsExactly("C-2026-000001", "C-2026-000002", "C-2026-000003");
        assertThat(othersFirst).isEqualTo("C-2026-000001");
        assertThat(nextYear).isEqualTo("C-2027-000001");
        assertThat(complaints.findByNumber(tenant, "C-2026-000002")).isPresent();
        assertThat(complaints.findByNumber(other, "C-2026-000002")).isEmpty();
    }

    @Test
    void a_failed_open_leaves_no_gap_in_the_numbers() {
        // given
        assertThatThrownBy(() -> complaints.open(complaint(CustomerId.of("nobody")))).isInstanceOf(NotFoundException.class);

        // when
        Case first = open();

        // then
        assertThat(first.number()).isEqualTo("C-2026-000001");
    }

    @Test
    void opening_again_with_the_same_request_key_returns_the_first_case() {
        // given
        OpenCase command = complaint().withRequestKey("app-req-7781");
        Case first = complaints.open(command);

        // when
        clock.advance(Duration.ofMinutes(1));
        Case again = complaints.open(command);
        Case next = open();

        // then
        assertThat(again).isEqualTo(first);
        assertThat(next.number()).as("the replay used no number").isEqualTo("C-2026-000002");
        assertThat(drainEvents()).filteredOn(CaseOpened.class::isInstance).hasSize(2);
    }

    @Test
    void everything_a_case_was_opened_with_reads_back() {
        // given
        crm.commerce().recordPurchase(org.crmkit.value.history.RecordPurchase.of(tenant, li, "JD-20260301-1",
                org.crmkit.shared.Money.of("399.00", "CNY")));
        OpenCase command = request(CaseType.RETURN, "product-quality")
                .describedAs("the left shoe is a size smaller\nthan the right one")
                .about(OrderLink.of("JD-20260301-1", "sku-9001", "sku-9002"))
                .withPriority(Priority.P2)
                .fromRegion("Zhejiang")
                .withAttachments(List.of("oss://photos/shoe-1.jpg", "oss://photos/shoe-2.jpg"))
                .by("hotline-bot");

        // when
        Case opened = complaints.open(command);

        // then
        Case read = reload(opened);
        assertThat(read).isEqualTo(opened);
        assertThat(read.status()).isEqualTo(CaseStatus.NEW);
        assertThat(read.version()).isZero();
        assertThat(read.details().channel()).isEqualTo(CaseChannel.PHONE);
        assertThat(read.details().order().items()).containsExactly("sku-9001", "sku-9002");
        assertThat(read.details().attachments()).hasSize(2);
        assertThat(read.details().description()).contains("\n");
        assertThat(read.priority()).isEqualTo(Priority.P2);
        assertThat(read.assignee().team()).isEqualTo("service");
        assertThat(read.times().openedAt()).isEqualTo(clock.instant());
        assertThat(read.sla().targets()).isEqualTo(SlaTargets.DEFAULT);
        assertThat(complaints.casesOf(tenant, li, PageRequest.first(10)).items()).containsExactly(read);
    }

    @Test
    void the_region_comes_from_the_customers_profile_when_the_command_names_none() {
        // given
        CustomerId zhou = crm.customers().register(new RegisterCustomer(tenant, null, "Zhou", List.of(),
                new Demographics(null, null, "Guangdong", "Shenzhen", null), null, null, SourceChannel.APP, null, null)).id();

        // when
        Case fromProfile = complaints.open(complaint(zhou));
        Case fromCommand = complaints.open(complaint(zhou).fromRegion("Hainan"));

        // then
        assertThat(fromProfile.details().region()).isEqualTo("Guangdong");
        assertThat(fromCommand.details().region()).isEqualTo("Hainan");
    }

    @Test
    void a_gold_members_case_gets_the_tiers_priority_and_faster_targets() {
        // given
        makeGold(li);
        SlaTargets goldTargets = SlaTargets.hours(2, 4, 48);
        complaints.definePolicy(policy()
                .withPriorityByTier(Map.of("gold", Priority.P2))
                .withSla(SlaPolicy.DEFAULT
                        .withRule(SlaRule.of(CaseType.COMPLAINT, Priority.P2, SlaTargets.hours(12, 24, 96)))
                        .withRule(SlaRule.forTier("gold", goldTargets))));

        // when
        Case gold = open();
        Case plain = complaints.open(complaint(han));
        Case plainP2 = complaints.open(complaint(han).withPriority(Priority.P2));

        // then
        assertThat(gold.tierCode()).isEqualTo("gold");
        assertThat(gold.priority()).isEqualTo(Priority.P2);
        assertThat(gold.sla().targets()).as("the tier outranks type and priority").isEqualTo(goldTargets);
        assertThat(plain.priority()).isEqualTo(Priority.P3);
        assertThat(plain.sla().targets()).isEqualTo(SlaTargets.DEFAULT);
        assertThat(plainP2.sla().targets()).isEqualTo(SlaTargets.hours(12, 24, 96));
    }
}
