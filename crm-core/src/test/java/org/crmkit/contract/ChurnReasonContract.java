package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnReason;
import org.crmkit.customer.ChurnReasonRecorded;
import org.crmkit.customer.ChurnReasonReport;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.CustomerErasedException;
import org.crmkit.customer.RecordChurnReason;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Churn reasons (issue 16 item 7) through {@code crm.customers()}: a reason recorded at churn or
 * win-back becomes the customer's one {@code churn-reason:<code>} tag, so {@link
 * ChurnDimension#CHURN_REASON} groups by it; the reason report counts by code and side over days
 * in the tenant's zone; replays, reused keys, a code on the other side, bad values, unknown and
 * other tenants' customers; the note exported and erased.
 */
public abstract class ChurnReasonContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MutableClock clock = MutableClock.at(shanghai("2025-04-20T10:00"));
    private final TenantId tenant = Tenants.fresh();
    private Crm crm;
    private int keys;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrm() {
        crm = Crm.builder().storage(storage()).clock(clock).zone(SHANGHAI).build();
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    private RecordChurnReason reason(CustomerId who, ChurnOccasion occasion, String code, ChurnSide side, String note) {
        return new RecordChurnReason(tenant, who, occasion, code, side, note, "agent-7", "churn-" + (++keys));
    }

    @Test
    void a_recorded_reason_becomes_the_customers_one_churn_reason_tag_which_the_churn_report_groups_by() {
        // given: two March buyers; only Li bought again in April
        CustomerId li = register(tenant, "Li");
        CustomerId han = register(tenant, "Han");
        boughtOn(li, "o-1", "2025-03-03");
        boughtOn(han, "o-2", "2025-03-04");
        boughtOn(li, "o-3", "2025-04-03");

        // when: Han's reason recorded twice, the second replacing the first as the current one
        crm.customers().recordChurnReason(reason(han, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, "found it cheaper"));
        clock.advance(Duration.ofMinutes(1));
        ChurnReason latest = crm.customers().recordChurnReason(reason(han, ChurnOccasion.CHURNED, "delivery", ChurnSide.ENTERPRISE, null));

        // then
        assertThat(crm.customers().get(tenant, han).tags()).containsExactly("churn-reason:delivery");
        assertThat(latest.tag()).isEqualTo("churn-reason:delivery");
        ChurnReport byReason = crm.value().churn(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), ChurnDimension.CHURN_REASON);
        assertThat(byReason.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(tuple("delivery", 1L, 1L), tuple("none recorded", 1L, 0L));
        assertThat(crm.customers().churnReasonsOf(tenant, han)).extracting(ChurnReason::code).containsExactly("delivery", "price");
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(ChurnReasonRecorded.class::isInstance).hasSize(2);
    }

    @Test
    void the_report_counts_reasons_by_code_and_side_at_churn_and_win_back_over_days_in_the_tenants_zone() {
        // given
        CustomerId a = register(tenant, "A");
        CustomerId b = register(tenant, "B");
        CustomerId c = register(tenant, "C");
        clock.set(shanghai("2025-04-01T00:00"));  // the first instant of April in Shanghai
        crm.customers().recordChurnReason(reason(a, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, null));
        crm.customers().recordChurnReason(reason(b, ChurnOccasion.CHURNED, "moved-away", ChurnSide.CUSTOMER, null));
        clock.set(shanghai("2025-04-30T23:59:59"));
        crm.customers().recordChurnReason(reason(c, ChurnOccasion.WON_BACK, "price", ChurnSide.ENTERPRISE, "came back for the coupon"));
        clock.set(shanghai("2025-05-01T00:00"));  // May in Shanghai, still April in UTC
        crm.customers().recordChurnReason(reason(a, ChurnOccasion.WON_BACK, "service", ChurnSide.ENTERPRISE, null));

        // when
        ChurnReasonReport april = crm.customers().churnReasonReport(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));

        // then
        assertThat(april.rows()).extracting(ChurnReasonReport.Row::code, ChurnReasonReport.Row::side, ChurnReasonReport.Row::churned,
                ChurnReasonReport.Row::wonBack).containsExactly(tuple("price", ChurnSide.ENTERPRISE, 1L, 1L),
                tuple("moved-away", ChurnSide.CUSTOMER, 1L, 0L));
        assertThat(List.of(april.enterprise().churned(), april.enterprise().wonBack(), april.customer().churned(), april.customer().wonBack()))
                .containsExactly(1L, 1L, 1L, 0L);
        assertThat(crm.customers().churnReasonReport(tenant, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)).rows())
                .extracting(ChurnReasonReport.Row::code).containsExactly("service");
        assertThatThrownBy(() -> crm.customers().churnReasonReport(tenant, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_replay_returns_the_first_record_and_the_key_cannot_carry_another_reason() {
        // given
        CustomerId li = register(tenant, "Li");
        RecordChurnReason command = reason(li, ChurnOccasion.CHURNED, "quality", ChurnSide.ENTERPRISE, "broken twice");
        ChurnReason first = crm.customers().recordChurnReason(command);

        // when
        clock.advance(Duration.ofHours(1));
        ChurnReason replay = crm.customers().recordChurnReason(command);

        // then
        assertThat(replay).isEqualTo(first);
        assertThat(crm.customers().churnReasonsOf(tenant, li)).hasSize(1);
        assertThatThrownBy(() -> crm.customers().recordChurnReason(new RecordChurnReason(tenant, li, ChurnOccasion.CHURNED, "price",
                ChurnSide.ENTERPRISE, null, "agent-7", command.idempotencyKey()))).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void a_code_keeps_the_side_it_was_first_recorded_with() {
        // given
        CustomerId li = register(tenant, "Li");
        crm.customers().recordChurnReason(reason(li, ChurnOccasion.CHURNED, "budget", ChurnSide.CUSTOMER, null));

        // then
        assertThatThrownBy(() -> crm.customers().recordChurnReason(reason(li, ChurnOccasion.WON_BACK, "budget", ChurnSide.ENTERPRISE, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("CUSTOMER side");
        assertThat(crm.customers().churnReasonsOf(tenant, li)).hasSize(1);
    }

    @Test
    void bad_values_unknown_customers_and_another_tenants_customers_are_refused_with_nothing_written() {
        // given
        CustomerId li = register(tenant, "Li");
        TenantId other = Tenants.fresh();
        CustomerId stranger = register(other, "Stranger");
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // then
        assertThatThrownBy(() -> crm.customers().recordChurnReason(new RecordChurnReason(tenant, li, null, "Price!", null,
                "bell\u0007", " ", "key with spaces"))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).contains("occasion", "code", "side", "note", "recordedBy", "idempotencyKey"));
        assertThatThrownBy(() -> crm.customers().recordChurnReason(reason(CustomerId.of("nobody"), ChurnOccasion.CHURNED, "price",
                ChurnSide.ENTERPRISE, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm.customers().recordChurnReason(reason(stranger, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE,
                null))).isInstanceOf(NotFoundException.class);
        assertThat(crm.customers().churnReasonsOf(tenant, li)).isEmpty();
        assertThat(crm.customers().churnReasonsOf(other, stranger)).isEmpty();
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).isEmpty();
    }

    @Test
    void sixteen_concurrent_replays_record_one_reason() throws Exception {
        // given
        CustomerId li = register(tenant, "Li");
        RecordChurnReason command = reason(li, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, "too dear");

        // when
        List<Object> outcomes = Together.run(16, i -> () -> crm.customers().recordChurnReason(command));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ChurnReason.class));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isEqualTo(outcomes.get(0)));
        assertThat(crm.customers().churnReasonsOf(tenant, li)).hasSize(1);
        assertThat(crm.customers().get(tenant, li).tags()).containsExactly("churn-reason:price");
    }

    @Test
    void export_holds_the_note_and_erasure_replaces_it_keeping_the_counts() {
        // given
        CustomerId li = register(tenant, "Li");
        crm.customers().recordChurnReason(reason(li, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, "Li Lei, mobile 13912345678"));

        // when
        String before = crm.privacy().exportDocument(tenant, li).get("churnReasons").toString();
        crm.privacy().erase(tenant, li);

        // then
        assertThat(before).contains("13912345678");
        assertThat(crm.privacy().exportDocument(tenant, li).get("churnReasons").toString()).doesNotContain("13912345678")
                .contains(PersonalData.ERASED);
        assertThat(crm.customers().churnReasonReport(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)).enterprise().churned())
                .isEqualTo(1);
        assertThatThrownBy(() -> crm.customers().recordChurnReason(reason(li, ChurnOccasion.WON_BACK, "price", ChurnSide.ENTERPRISE, null)))
                .isInstanceOf(CustomerErasedException.class);
    }

    private void boughtOn(CustomerId who, String orderId, String day) {
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, orderId, Money.of("10.00", "CNY"))
                .withItems(List.of(PurchaseItem.of("sku", "tea", Money.of("10.00", "CNY")))).at(shanghai(day + "T12:00")));
    }
}
