package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseDays;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.history.RecordedRefund;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Purchases}: purchases and refunds stored once per id and tenant and read
 * back field for field, refunded amounts replaced, per-customer totals added up and widened, and
 * the three listings in their documented orders across pages.
 */
public abstract class PurchasesPortContract extends PortContract {

    private static final Instant T0 = Instant.parse("2025-05-20T05:20:00.520520Z");

    @Test
    void every_field_survives_the_round_trip_at_its_edges() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Purchase full = new Purchase(tenant, li, "o".repeat(64), T0, Money.of("1000000000000.00", "CNY"), Money.of("0.01", "CNY"),
                List.of(new PurchaseItem("SKU-1", "生鲜 / 水果 🍎", 1_000_000, Money.of("999999999999.99", "CNY")),
                        new PurchaseItem("s".repeat(64), null, 1, Money.of("0.00", "CNY")),
                        PurchaseItem.of("SKU-1", "c".repeat(64), Money.of("0.01", "CNY"))),
                "p".repeat(32), "微信小程序", ProgrammeId.of("p".repeat(64)));
        Purchase bare = new Purchase(tenant, li, "order-bare", Instant.parse("1900-01-01T00:00:00Z"), Money.of("0", "JPY"),
                Money.of("0", "JPY"), List.of(), null, null, null);

        // when
        boolean added = tx(() -> purchases().insert(full) & purchases().insert(bare));

        // then
        assertThat(added).isTrue();
        assertThat(find(tenant, full.orderId())).contains(full);
        assertThat(find(tenant, bare.orderId())).contains(bare);
    }

    @Test
    void a_second_purchase_with_a_stored_order_id_is_refused_and_the_first_stays_but_an_id_differing_in_case_is_another() {
        // given
        Purchase first = purchase(tenant, aStoredCustomer(tenant, "li"), "order-1", T0, "10.00");
        run(() -> purchases().insert(first));

        // when
        boolean again = tx(() -> purchases().insert(purchase(tenant, aStoredCustomer(tenant, "han"), "order-1", T0, "99.00")));
        boolean otherCase = tx(() -> purchases().insert(purchase(tenant, CustomerId.of("han"), "ORDER-1", T0, "99.00")));

        // then
        assertThat(again).isFalse();
        assertThat(otherCase).as("order ids are case-sensitive").isTrue();
        assertThat(find(tenant, "order-1")).contains(first);
        assertThat(all(r -> purchases().ofCustomer(tenant, CustomerId.of("han"), r), 10)).extracting(Purchase::orderId)
                .containsExactly("ORDER-1");
    }

    @Test
    void inserting_with_totals_reads_the_totals_without_the_purchase_and_stores_it_once_for_a_known_customer_only() {
        // given: li bought before; han has not; nobody is no customer; stranger is another tenant's
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TenantId neighbour = Tenants.fresh();
        CustomerId stranger = aStoredCustomer(neighbour, "stranger");
        run(() -> purchases().insert(purchase(tenant, li, "order-1", T0, "10.00")));
        run(() -> purchases().addToSummary(tenant, li, T0, 1, Money.of("10.00", "CNY"), Money.of("0.00", "CNY")));
        Optional<PurchaseSummary> lisTotals = tx(() -> purchases().summary(tenant, li));
        Purchase second = purchase(tenant, li, "order-2", T0.plusSeconds(1), "5.00");

        // when
        Purchases.Insertion repeat = tx(() -> purchases().insertWithTotals(second));
        Purchases.Insertion replay = tx(() -> purchases().insertWithTotals(purchase(tenant, li, "order-2", T0, "99.00")));
        Purchases.Insertion first = tx(() -> purchases().insertWithTotals(purchase(tenant, han, "order-3", T0, "1.00")));
        Purchases.Insertion unknown = tx(() -> purchases().insertWithTotals(purchase(tenant, CustomerId.of("nobody"), "order-4", T0, "1.00")));
        Purchases.Insertion foreign = tx(() -> purchases().insertWithTotals(purchase(tenant, stranger, "order-5", T0, "1.00")));
        Purchases.Insertion takenByAnother = tx(() -> purchases().insertWithTotals(purchase(tenant, han, "order-1", T0, "1.00")));

        // then
        assertThat(repeat).isEqualTo(new Purchases.Insertion(lisTotals, Purchases.Insert.STORED));
        assertThat(find(tenant, "order-2")).contains(second);
        assertThat(replay).isEqualTo(new Purchases.Insertion(lisTotals, Purchases.Insert.NOT_STORED));
        assertThat(first.totalsBefore()).isEmpty();
        assertThat(first.insert()).isIn(Purchases.Insert.STORED, Purchases.Insert.NOT_TRIED);
        assertThat(find(tenant, "order-3").isPresent()).isEqualTo(first.insert() == Purchases.Insert.STORED);
        for (Purchases.Insertion refused : List.of(unknown, foreign, takenByAnother)) {
            assertThat(refused.totalsBefore()).isEmpty();
            assertThat(refused.insert()).isNotEqualTo(Purchases.Insert.STORED);
        }
        assertThat(find(tenant, "order-4")).isEmpty();
        assertThat(find(tenant, "order-5")).isEmpty();
        assertThat(find(tenant, "order-1").orElseThrow().customerId()).isEqualTo(li);
        assertThat(tx(() -> purchases().summary(tenant, li))).as("the totals are the caller's to add to").isEqualTo(lisTotals);
    }

    @Test
    void the_same_order_id_in_two_tenants_names_two_purchases() {
        // given
        TenantId neighbour = Tenants.fresh();
        Purchase theirs = purchase(neighbour, aStoredCustomer(neighbour, "li"), "order-1", T0, "1.00");
        Purchase mine = purchase(tenant, aStoredCustomer(tenant, "li"), "order-1", T0, "2.00");
        run(() -> purchases().insert(theirs));

        // when
        boolean added = tx(() -> purchases().insert(mine));

        // then
        assertThat(added).isTrue();
        assertThat(find(tenant, "order-1")).contains(mine);
        assertThat(find(neighbour, "order-1")).contains(theirs);
    }

    @Test
    void an_unknown_order_or_another_tenants_order_is_neither_found_nor_locked() {
        // given
        Purchase mine = purchase(tenant, aStoredCustomer(tenant, "li"), "order-1", T0, "2.00");
        run(() -> purchases().insert(mine));

        // when / then
        assertThat(tx(() -> purchases().lock(tenant, "order-1"))).contains(mine);
        assertThat(tx(() -> purchases().lock(tenant, "order-2"))).isEmpty();
        assertThat(tx(() -> purchases().lock(Tenants.fresh(), "order-1"))).isEmpty();
        assertThat(find(Tenants.fresh(), "order-1")).isEmpty();
    }

    @Test
    void updating_the_refunded_amount_replaces_it_on_that_purchase_only() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Purchase refunded = purchase(tenant, li, "order-1", T0, "100.00");
        Purchase untouched = purchase(tenant, li, "order-2", T0, "100.00");
        TenantId neighbour = Tenants.fresh();
        Purchase theirs = purchase(neighbour, aStoredCustomer(neighbour, "li"), "order-1", T0, "100.00");
        run(() -> List.of(refunded, untouched, theirs).forEach(purchases()::insert));

        // when
        run(() -> purchases().updateRefunded(tenant, "order-1", Money.of("30.00", "CNY")));
        run(() -> purchases().updateRefunded(tenant, "order-1", Money.of("100.00", "CNY")));

        // then
        assertThat(find(tenant, "order-1")).map(Purchase::refunded).contains(Money.of("100.00", "CNY"));
        assertThat(find(tenant, "order-1").orElseThrow().fullyRefunded()).isTrue();
        assertThat(find(tenant, "order-2")).contains(untouched);
        assertThat(find(neighbour, "order-1")).contains(theirs);
    }

    @Test
    void a_refund_id_is_recorded_once_and_reads_back_its_order_amount_and_time() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> purchases().insert(purchase(tenant, li, "order-1", T0, "100.00")));
        run(() -> purchases().insert(purchase(tenant, li, "order-2", T0, "100.00")));
        String refundId = "r".repeat(64);

        // when
        boolean first = tx(() -> purchases().insertRefund(tenant, refundId, "order-1", li, Money.of("12.30", "CNY"), T0.plusSeconds(9)));
        boolean replay = tx(() -> purchases().insertRefund(tenant, refundId, "order-2", li, Money.of("99.00", "CNY"), T0));

        // then
        assertThat(first).isTrue();
        assertThat(replay).isFalse();
        RecordedRefund recorded = tx(() -> purchases().refund(tenant, refundId)).orElseThrow();
        assertThat(recorded.orderId()).isEqualTo("order-1");
        assertThat(recorded.amount()).isEqualByComparingTo(new BigDecimal("12.30"));
        assertThat(recorded.refundedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void an_unknown_refund_id_or_another_tenants_refund_is_not_found() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> purchases().insert(purchase(tenant, li, "order-1", T0, "100.00")));
        run(() -> purchases().insertRefund(tenant, "refund-1", "order-1", li, Money.of("1.00", "CNY"), T0));

        // when / then
        assertThat(tx(() -> purchases().refund(tenant, "refund-2"))).isEmpty();
        assertThat(tx(() -> purchases().refund(Tenants.fresh(), "refund-1"))).isEmpty();
    }

    @Test
    void the_first_purchase_creates_the_totals_and_later_ones_add_up_and_widen_the_period() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> purchases().addToSummary(tenant, li, T0, 1, cny("10.00"), cny("0.00")));

        // when
        run(() -> purchases().addToSummary(tenant, li, T0.minusSeconds(3600), 1, cny("5.50"), cny("0.00")));
        run(() -> purchases().addToSummary(tenant, li, T0.plusSeconds(60), 2, cny("0.01"), cny("1.00")));
        run(() -> purchases().addToSummary(tenant, li, T0.plusNanos(1_000), 1, cny("1.00"), cny("0.00")));

        // then
        assertThat(summary(tenant, li)).contains(
                new PurchaseSummary(tenant, li, T0.minusSeconds(3600), T0.plusSeconds(60), 5, cny("16.51"), cny("1.00")));
    }

    @Test
    void a_refund_adds_to_the_refunded_total_without_an_order_or_a_change_of_period() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> purchases().addToSummary(tenant, li, T0, 1, cny("10.00"), cny("0.00")));

        // when
        run(() -> purchases().addToSummary(tenant, li, T0.plusSeconds(86_400), 0, cny("0.00"), cny("4.00")));
        run(() -> purchases().addToSummary(tenant, li, T0.minusSeconds(86_400), 0, cny("0.00"), cny("6.00")));

        // then
        assertThat(summary(tenant, li)).contains(new PurchaseSummary(tenant, li, T0, T0, 1, cny("10.00"), cny("10.00")));
    }

    @Test
    void a_refund_added_for_a_customer_without_totals_creates_none() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");

        // when
        run(() -> purchases().addToSummary(tenant, li, T0, 0, cny("0.00"), cny("4.00")));

        // then
        assertThat(summary(tenant, li)).isEmpty();
    }

    @Test
    void the_totals_of_many_customers_are_read_at_once_and_only_those_of_the_tenants_buyers() {
        // given li and han bought, mei did not; jin, between them in id order but not asked for, bought; li of another tenant bought too
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerId mei = aStoredCustomer(tenant, "mei");
        CustomerId jin = aStoredCustomer(tenant, "jin");
        TenantId neighbour = Tenants.fresh();
        aStoredCustomer(neighbour, "li");
        run(() -> {
            purchases().addToSummary(tenant, li, T0, 2, cny("30.00"), cny("5.00"));
            purchases().addToSummary(tenant, han, T0.plusSeconds(5), 1, cny("9.90"), cny("0.00"));
            purchases().addToSummary(tenant, jin, T0, 1, cny("1.00"), cny("0.00"));
            purchases().addToSummary(neighbour, li, T0, 7, cny("700.00"), cny("0.00"));
        });

        // when
        Map<CustomerId, PurchaseSummary> totals = tx(() -> purchases().summariesOf(tenant, List.of(li, han, mei, CustomerId.of("nobody"))));

        // then each is what the customer's own read gives
        assertThat(totals).containsOnly(Map.entry(li, summary(tenant, li).orElseThrow()), Map.entry(han, summary(tenant, han).orElseThrow()));
        assertThat(totals.get(li).orders()).isEqualTo(2);
        assertThat(tx(() -> purchases().summariesOf(tenant, List.of()))).isEmpty();
    }

    @Test
    void totals_belong_to_one_customer_of_one_tenant() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TenantId neighbour = Tenants.fresh();
        CustomerId theirLi = aStoredCustomer(neighbour, "li");

        // when
        run(() -> purchases().addToSummary(tenant, li, T0, 1, cny("10.00"), cny("0.00")));
        run(() -> purchases().addToSummary(neighbour, theirLi, T0, 1, cny("20.00"), cny("0.00")));

        // then
        assertThat(summary(tenant, han)).isEmpty();
        assertThat(summary(tenant, li)).map(PurchaseSummary::paid).contains(cny("10.00"));
        assertThat(summary(neighbour, theirLi)).map(PurchaseSummary::paid).contains(cny("20.00"));
    }

    @Test
    void a_customers_purchases_come_newest_first_ties_by_order_id_descending_across_pages() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        run(() -> {
            purchases().insert(purchase(tenant, li, "o05", T0.plusSeconds(50), "1.00"));
            purchases().insert(purchase(tenant, li, "o01", T0, "1.00"));
            purchases().insert(purchase(tenant, li, "o03", T0, "1.00"));
            purchases().insert(purchase(tenant, li, "o02", T0, "1.00"));
            purchases().insert(purchase(tenant, li, "o04", T0.plusNanos(1_000), "1.00"));
            purchases().insert(purchase(tenant, han, "o06", T0.plusSeconds(10), "1.00"));
        });

        // when
        List<List<Purchase>> pages = pages(r -> purchases().ofCustomer(tenant, li, r), 2);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(Purchase::orderId)).containsExactly("o05", "o04", "o03", "o02", "o01");
        assertThat(pages.get(0)).hasSize(2);
        assertThat(all(r -> purchases().ofCustomer(tenant, aStoredCustomer(tenant, "silent"), r), 10)).isEmpty();
    }

    @Test
    void every_purchase_of_the_tenant_comes_by_customer_id_then_order_id_across_pages() {
        // given
        CustomerId a = aStoredCustomer(tenant, "c01");
        CustomerId b = aStoredCustomer(tenant, "c02");
        run(() -> {
            purchases().insert(purchase(tenant, b, "o01", T0, "1.00"));
            purchases().insert(purchase(tenant, a, "o04", T0.minusSeconds(5), "1.00"));
            purchases().insert(purchase(tenant, b, "o03", T0.plusSeconds(5), "1.00"));
            purchases().insert(purchase(tenant, a, "o02", T0.plusSeconds(9), "1.00"));
            purchases().insert(purchase(tenant, a, "o05", T0, "1.00"));
        });
        TenantId neighbour = Tenants.fresh();
        run(() -> purchases().insert(purchase(neighbour, aStoredCustomer(neighbour, "c01"), "o00", T0, "1.00")));

        // when
        List<List<Purchase>> pages = pages(r -> purchases().all(tenant, r), 2);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(p -> p.customerId().value() + "/" + p.orderId()))
                .containsExactly("c01/o02", "c01/o04", "c01/o05", "c02/o01", "c02/o03");
        assertThat(pages.get(0)).hasSize(2);
    }

    @Test
    void every_customers_totals_come_in_customer_id_order_across_pages() {
        // given ids that sort alike in any collation, added out of order
        for (String id : List.of("c05", "c02", "c04", "c01", "c03")) {
            CustomerId customer = aStoredCustomer(tenant, id);
            run(() -> purchases().addToSummary(tenant, customer, T0, 1, cny("1.00"), cny("0.00")));
        }
        TenantId neighbour = Tenants.fresh();
        CustomerId theirs = aStoredCustomer(neighbour, "c00");
        run(() -> purchases().addToSummary(neighbour, theirs, T0, 1, cny("1.00"), cny("0.00")));

        // when
        List<List<PurchaseSummary>> pages = pages(r -> purchases().summaries(tenant, r), 2);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(s -> s.customerId().value()))
                .containsExactly("c01", "c02", "c03", "c04", "c05");
        assertThat(pages.get(0)).hasSize(2);
        assertThat(pages(r -> purchases().summaries(Tenants.fresh(), r), 10)).containsExactly(List.of());
    }

    @Test
    void purchases_refunds_and_totals_written_in_a_unit_of_work_that_fails_are_undone() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Purchase kept = purchase(tenant, li, "order-1", T0, "10.00");
        run(() -> purchases().insert(kept));
        run(() -> purchases().addToSummary(tenant, li, T0, 1, cny("10.00"), cny("0.00")));
        PurchaseSummary totals = summary(tenant, li).orElseThrow();

        // when
        runAndRollBack(() -> {
            purchases().insert(purchase(tenant, li, "order-2", T0, "20.00"));
            purchases().insertRefund(tenant, "refund-1", "order-1", li, cny("10.00"), T0);
            purchases().updateRefunded(tenant, "order-1", cny("10.00"));
            purchases().addToSummary(tenant, li, T0.plusSeconds(1), 1, cny("20.00"), cny("10.00"));
        });

        // then
        assertThat(find(tenant, "order-1")).contains(kept);
        assertThat(find(tenant, "order-2")).isEmpty();
        assertThat(tx(() -> purchases().refund(tenant, "refund-1"))).isEmpty();
        assertThat(summary(tenant, li)).contains(totals);
    }

    @Test
    void purchase_days_count_a_day_of_the_zone_once_net_of_refunds_leaving_out_full_refunds_and_later_purchases() {
        // given: New York, where 23:30 on 8 March is the 9th in UTC and the clocks go forward on the 9th
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant asOf = Instant.parse("2025-03-31T00:00:00Z");
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TenantId neighbour = Tenants.fresh();
        CustomerId theirs = aStoredCustomer(neighbour, "li");
        run(() -> {
            purchases().insert(purchase(tenant, li, "o-1", newYork("2025-03-08T23:30"), "10.00"));
            purchases().insert(refunded(purchase(tenant, li, "o-2", newYork("2025-03-08T08:00"), "5.00"), "2.00"));
            purchases().insert(refunded(purchase(tenant, li, "o-3", newYork("2025-03-10T00:30"), "7.00"), "7.00"));
            purchases().insert(purchase(tenant, li, "o-4", newYork("2025-03-12T12:00"), "4.00"));
            purchases().insert(purchase(tenant, li, "o-5", newYork("2025-03-11T12:00"), "0.00"));
            purchases().insert(purchase(tenant, li, "o-6", asOf.plusSeconds(1), "100.00"));
            purchases().insert(refunded(purchase(tenant, han, "o-7", newYork("2025-03-09T12:00"), "9.00"), "9.00"));
            purchases().insert(purchase(neighbour, theirs, "o-8", newYork("2025-03-09T12:00"), "9.00"));
        });

        // when
        List<PurchaseDays> days = all(r -> purchases().purchaseDays(tenant, asOf, newYork, r), 100);

        // then: the 8th (10.00 + 3.00 left of 5.00), the free order of the 11th and the 12th
        assertThat(days).hasSize(1);
        PurchaseDays mine = days.get(0);
        assertThat(mine.customerId()).isEqualTo(li);
        assertThat(mine.days()).isEqualTo(3);
        assertThat(mine.first()).isEqualTo(LocalDate.of(2025, 3, 8));
        assertThat(mine.last()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(mine.net()).isEqualByComparingTo("17.00");
        assertThat(mine.firstDayNet()).isEqualByComparingTo("13.00");
        assertThat(all(r -> purchases().purchaseDays(tenant, asOf, ZoneOffset.UTC, r), 100)).singleElement()
                .satisfies(utc -> assertThat(List.of(utc.days(), utc.first(), utc.firstDayNet().intValue()))
                        .as("in UTC the 23:30 purchase is a day of its own").containsExactly(4, LocalDate.of(2025, 3, 8), 3));
        assertThat(all(r -> purchases().purchaseDays(tenant, asOf, ZoneOffset.ofHours(-5), r), 100)).singleElement()
                .satisfies(fixed -> assertThat(fixed.days()).as("a fixed offset west of Greenwich").isEqualTo(3));
    }

    @Test
    void purchase_days_come_in_customer_id_order_each_customer_once_a_page_holding_at_most_the_limit() {
        // given: customers with one to three purchases on different days
        List<CustomerId> customers = new java.util.ArrayList<>();
        run(() -> {
            for (int c = 0; c < 7; c++) {
                CustomerId who = aStoredCustomer(tenant, "c-" + c);
                customers.add(who);
                for (int k = 0; k <= c % 3; k++) {
                    purchases().insert(purchase(tenant, who, "o-" + c + "-" + k, T0.plusSeconds(86_400L * k), "1.00"));
                }
            }
        });

        // when
        List<List<PurchaseDays>> pages = pages(r -> purchases().purchaseDays(tenant, T0.plusSeconds(864_000), ZoneOffset.UTC, r), 2);

        // then
        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(2));
        List<PurchaseDays> days = pages.stream().flatMap(List::stream).toList();
        assertThat(days).extracting(PurchaseDays::customerId).containsExactlyElementsOf(customers);
        assertThat(days).extracting(PurchaseDays::days).containsExactly(1, 2, 3, 1, 2, 3, 1);
    }

    private static Purchase refunded(Purchase p, String amount) {
        return new Purchase(p.tenantId(), p.customerId(), p.orderId(), p.purchasedAt(), p.paid(), cny(amount), p.items(), p.paymentMethod(),
                p.channel(), p.programmeId());
    }

    private static Instant newYork(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    private static Purchase purchase(TenantId tenantId, CustomerId customerId, String orderId, Instant at, String paid) {
        return new Purchase(tenantId, customerId, orderId, at, cny(paid), cny("0.00"), List.of(PurchaseItem.of("SKU-1", "food", cny(paid))),
                "alipay", "app", ProgrammeId.DEFAULT);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private Purchases purchases() {
        return storage().purchases();
    }

    private Optional<Purchase> find(TenantId tenantId, String orderId) {
        return tx(() -> purchases().find(tenantId, orderId));
    }

    private Optional<PurchaseSummary> summary(TenantId tenantId, CustomerId customerId) {
        return tx(() -> purchases().summary(tenantId, customerId));
    }
}
