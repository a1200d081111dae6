package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmkit.commerce.CommerceService;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.ValueService;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purchase history: the one call a platform makes when a customer pays keeps the customer's
 * totals, earns points and feeds the tier metric, once per order id; refunds undo their share.
 */
public abstract class ValuePurchaseHistoryContract extends TierFixture {

    protected ValueService value;
    protected CommerceService commerce;

    @BeforeEach
    void defineAProgrammeBesideJdsLadder() {
        value = crm.value();
        commerce = crm.commerce();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
    }

    private RecordPurchase purchase(CustomerId who, String orderId, String paid) {
        return RecordPurchase.of(tenant, who, orderId, cny(paid));
    }

    @Test
    void purchases_keep_the_customers_first_last_count_and_totals() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00").at(shanghai("2025-05-01T09:00")));
        commerce.recordPurchase(purchase(li, "o-2", "50.50").at(shanghai("2025-04-01T09:00")));
        commerce.recordPurchase(purchase(li, "o-3", "0.00").at(shanghai("2025-05-09T09:00")));
        // when
        PurchaseSummary summary = value.summary(tenant, li).orElseThrow();
        // then
        assertThat(summary.orders()).isEqualTo(3);
        assertThat(summary.firstPurchaseAt()).isEqualTo(shanghai("2025-04-01T09:00"));
        assertThat(summary.lastPurchaseAt()).isEqualTo(shanghai("2025-05-09T09:00"));
        assertThat(summary.net()).isEqualTo(cny("150.50"));
        assertThat(summary.averageOrderValue()).isEqualTo(cny("50.17"));
        assertThat(value.summary(tenant, han)).isEmpty();
    }

    @Test
    void a_purchase_in_the_programme_earns_points_and_growth_value_in_one_call() {
        // when
        PurchaseReceipt receipt = commerce.recordPurchase(purchase(li, "o-1", "1200.00").inProgramme(PROGRAMME));
        // then
        assertThat(receipt.replay()).isFalse();
        assertThat(receipt.points()).hasValueSatisfying(p -> assertThat(p.points()).isEqualTo(1200));
        assertThat(receipt.tier()).hasValueSatisfying(t -> assertThat(t.tier().code()).isEqualTo("bronze"));
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isEqualTo(1200);
        assertThat(tiers.status(tenant, li, PROGRAMME).metric()).isEqualTo(1200);
    }

    @Test
    void recording_the_same_order_again_returns_the_first_result_and_doubles_nothing() {
        // given
        RecordPurchase order = purchase(li, "o-1", "300.00").at(shanghai("2025-05-01T09:00")).inProgramme(PROGRAMME);
        commerce.recordPurchase(order);
        long events = crm.outbox().pending();
        // when
        PurchaseReceipt again = commerce.recordPurchase(order);
        // then
        assertThat(again.replay()).isTrue();
        assertThat(again.points()).hasValueSatisfying(p -> assertThat(p.points()).isEqualTo(300));
        assertThat(value.summary(tenant, li).orElseThrow().orders()).isEqualTo(1);
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isEqualTo(300);
        assertThat(tiers.status(tenant, li, PROGRAMME).metric()).isEqualTo(300);
        assertThat(crm.outbox().pending()).isEqualTo(events);
    }

    @Test
    void an_order_id_recorded_with_other_details_is_a_conflict() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "300.00"));
        // when
        Throwable otherAmount = catchThrowable(() -> commerce.recordPurchase(purchase(li, "o-1", "301.00")));
        Throwable otherCustomer = catchThrowable(() -> commerce.recordPurchase(purchase(han, "o-1", "300.00")));
        // then
        assertThat(otherAmount).isInstanceOf(ConflictException.class).hasMessageContaining("o-1");
        assertThat(otherCustomer).isInstanceOf(ConflictException.class);
        assertThat(value.summary(tenant, han)).isEmpty();
    }

    @Test
    void a_refund_lowers_the_net_total_reverses_points_and_lowers_growth_value() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "1000.00").inProgramme(PROGRAMME));
        // when
        PurchaseReceipt receipt = commerce.recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("400.00")));
        // then
        assertThat(receipt.purchase().refunded()).isEqualTo(cny("400.00"));
        assertThat(receipt.purchase().fullyRefunded()).isFalse();
        assertThat(value.summary(tenant, li).orElseThrow().net()).isEqualTo(cny("600.00"));
        assertThat(value.summary(tenant, li).orElseThrow().orders()).isEqualTo(1);
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isEqualTo(600);
        assertThat(tiers.status(tenant, li, PROGRAMME).metric()).isEqualTo(600);
    }

    @Test
    void a_replayed_refund_changes_nothing_and_a_refund_id_cannot_serve_two_orders() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00").inProgramme(PROGRAMME));
        commerce.recordPurchase(purchase(li, "o-2", "100.00").inProgramme(PROGRAMME));
        commerce.recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("100.00")));
        // when
        PurchaseReceipt again = commerce.recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("100.00")));
        Throwable reused = catchThrowable(() -> commerce.recordRefund(RecordRefund.of(tenant, li, "o-2", "r-1", cny("10.00"))));
        // then
        assertThat(again.replay()).isTrue();
        assertThat(again.purchase().fullyRefunded()).isTrue();
        assertThat(reused).isInstanceOf(ConflictException.class).hasMessageContaining("r-1");
        assertThat(value.summary(tenant, li).orElseThrow().net()).isEqualTo(cny("100.00"));
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isEqualTo(100);
    }

    @Test
    void refunding_more_than_is_left_is_refused_and_changes_nothing() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00"));
        commerce.recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("60.00")));
        // when
        Throwable thrown = catchThrowable(() -> commerce.recordRefund(RecordRefund.of(tenant, li, "o-1", "r-2", cny("40.01"))));
        // then
        assertThat(thrown).isInstanceOf(RuleViolationException.class).hasMessageContaining("40.00");
        assertThat(value.purchase(tenant, "o-1").orElseThrow().refunded()).isEqualTo(cny("60.00"));
        assertThat(value.summary(tenant, li).orElseThrow().refunded()).isEqualTo(cny("60.00"));
    }

    @Test
    void refunds_of_unknown_orders_and_of_another_customers_order_are_not_found() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00"));
        // when
        Throwable unknown = catchThrowable(() -> commerce.recordRefund(RecordRefund.of(tenant, li, "nope", "r-1", cny("1.00"))));
        Throwable notHis = catchThrowable(() -> commerce.recordRefund(RecordRefund.of(tenant, han, "o-1", "r-2", cny("1.00"))));
        // then
        assertThat(unknown).isInstanceOf(NotFoundException.class);
        assertThat(notHis).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_purchases_are_refused_with_every_violation_and_nothing_is_written() {
        // given
        RecordPurchase bad = purchase(li, "o-1", "-1.00").at(clock.instant().plusSeconds(60))
                .withItems(List.of(PurchaseItem.of("sku-1", "books", cny("2.00"))));
        // when
        Throwable thrown = catchThrowable(() -> commerce.recordPurchase(bad));
        Throwable badId = catchThrowable(() -> commerce.recordPurchase(purchase(li, "has space", "1.00")));
        // then
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations()).extracting(v -> v.field())
                .contains("purchasedAt", "paid", "items");
        assertThat(badId).isInstanceOf(ValidationException.class);
        assertThat(value.summary(tenant, li)).isEmpty();
        assertThat(value.purchase(tenant, "o-1")).isEmpty();
    }

    @Test
    void a_purchase_in_another_currency_than_the_customers_earlier_ones_is_refused() {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00"));
        // when
        Throwable thrown = catchThrowable(() -> commerce.recordPurchase(RecordPurchase.of(tenant, li, "o-2",
                org.crmkit.shared.Money.of("5.00", "USD"))));
        // then
        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("CNY");
        assertThat(value.purchase(tenant, "o-2")).isEmpty();
    }

    @Test
    void unknown_customers_and_another_tenants_customers_cannot_buy() {
        // given: the stranger bought in their own tenant, li bought order o-3 here
        TenantId other = Tenants.fresh();
        CustomerId stranger = register(other, "Stranger");
        commerce.recordPurchase(RecordPurchase.of(other, stranger, "o-theirs", cny("3.00")));
        commerce.recordPurchase(purchase(li, "o-3", "1.00"));
        // when
        Throwable unknown = catchThrowable(() -> commerce.recordPurchase(purchase(CustomerId.of("nobody"), "o-1", "1.00")));
        Throwable foreign = catchThrowable(() -> commerce.recordPurchase(purchase(stranger, "o-2", "1.00")));
        Throwable unknownWithTakenOrder = catchThrowable(() -> commerce.recordPurchase(purchase(CustomerId.of("nobody"), "o-3", "1.00")));
        // then
        assertThat(unknown).isInstanceOf(NotFoundException.class);
        assertThat(foreign).isInstanceOf(NotFoundException.class);
        assertThat(unknownWithTakenOrder).isInstanceOf(NotFoundException.class);
        assertThat(value.purchase(tenant, "o-1")).isEmpty();
        assertThat(value.purchase(tenant, "o-2")).isEmpty();
        assertThat(value.purchase(tenant, "o-3").orElseThrow().customerId()).isEqualTo(li);
        assertThat(value.summary(tenant, stranger)).isEmpty();
        assertThat(value.summary(other, stranger).orElseThrow().orders()).isEqualTo(1);
    }

    @Test
    void a_failure_while_earning_rolls_the_purchase_back() {
        // given a purchase in dollars for a programme that earns on yuan
        RecordPurchase dollars = RecordPurchase.of(tenant, han, "o-usd", org.crmkit.shared.Money.of("5.00", "USD"))
                .inProgramme(PROGRAMME);
        // when
        Throwable thrown = catchThrowable(() -> commerce.recordPurchase(dollars));
        // then
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(value.purchase(tenant, "o-usd")).isEmpty();
        assertThat(value.summary(tenant, han)).isEmpty();
    }

    @Test
    void a_customers_purchases_page_newest_first() {
        // given
        for (int i = 1; i <= 5; i++) {
            commerce.recordPurchase(purchase(li, "o-" + i, "10.00").at(shanghai("2025-05-0" + i + "T09:00")));
        }
        // when
        Page<Purchase> first = value.purchases(tenant, li, PageRequest.first(2));
        Page<Purchase> second = value.purchases(tenant, li, PageRequest.after(first.nextCursor().orElseThrow(), 2));
        Page<Purchase> last = value.purchases(tenant, li, PageRequest.after(second.nextCursor().orElseThrow(), 2));
        // then
        assertThat(first.items()).extracting(Purchase::orderId).containsExactly("o-5", "o-4");
        assertThat(second.items()).extracting(Purchase::orderId).containsExactly("o-3", "o-2");
        assertThat(last.items()).extracting(Purchase::orderId).containsExactly("o-1");
        assertThat(last.nextCursor()).isEmpty();
    }

    @Test
    void two_shards_stream_every_purchase_exactly_once_with_a_customers_purchases_together() {
        // given
        List<CustomerId> buyers = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            CustomerId who = register("Buyer " + c);
            buyers.add(who);
            for (int i = 0; i < 3; i++) {
                commerce.recordPurchase(purchase(who, "o-" + c + "-" + i, "1.00"));
            }
        }
        // when
        List<Purchase> seen = new ArrayList<>();
        long zero = value.forEachPurchase(tenant, 0, 2, seen::add);
        long one = value.forEachPurchase(tenant, 1, 2, seen::add);
        // then
        assertThat(zero + one).isEqualTo(36);
        assertThat(seen).extracting(Purchase::orderId).doesNotHaveDuplicates().hasSize(36);
        Set<CustomerId> closed = new HashSet<>();
        CustomerId current = null;
        for (Purchase p : seen) {
            if (!p.customerId().equals(current)) {
                assertThat(closed.add(p.customerId())).as("purchases of %s arrive together", p.customerId()).isTrue();
                current = p.customerId();
            }
        }
        assertThat(closed).containsExactlyInAnyOrderElementsOf(buyers);
    }

    @Test
    void concurrent_purchases_of_one_customer_lose_no_order_and_one_order_is_recorded_once() throws Exception {
        // given
        int threads = 8;
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        // when
        for (int t = 0; t < threads; t++) {
            int n = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < 5; i++) {
                        commerce.recordPurchase(purchase(li, "o-" + n + "-" + i, "10.00").inProgramme(PROGRAMME));
                        commerce.recordPurchase(purchase(li, "shared-" + i, "1.00").inProgramme(PROGRAMME));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        // then
        assertThat(failures).isEmpty();
        PurchaseSummary summary = value.summary(tenant, li).orElseThrow();
        assertThat(summary.orders()).isEqualTo(threads * 5 + 5);
        assertThat(summary.net()).isEqualTo(cny("405.00"));
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isEqualTo(405);
    }

    @Test
    void one_refund_id_raced_onto_two_orders_refunds_once_and_the_other_is_a_conflict() throws Exception {
        // given
        commerce.recordPurchase(purchase(li, "o-1", "100.00"));
        commerce.recordPurchase(purchase(li, "o-2", "100.00"));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Throwable> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String order : List.of("o-1", "o-2")) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    commerce.recordRefund(RecordRefund.of(tenant, li, order, "r-same", cny("40.00")));
                    outcomes.add(null);
                } catch (Throwable e) {
                    outcomes.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        // when
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        // then
        assertThat(outcomes).hasSize(2).containsOnlyOnce((Throwable) null);
        assertThat(outcomes).filteredOn(java.util.Objects::nonNull).singleElement().isInstanceOf(ConflictException.class);
        assertThat(value.summary(tenant, li).orElseThrow().refunded()).isEqualTo(cny("40.00"));
        assertThat(value.purchase(tenant, "o-1").orElseThrow().refunded().plus(value.purchase(tenant, "o-2").orElseThrow().refunded()))
                .isEqualTo(cny("40.00"));
    }
}
