package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CouponFixture.cny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.earning.OrderLine;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.coupon.RewardPurchase;
import org.crmkit.offer.coupon.RefundPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 购物返券 through the one door: a purchase that reaches a reward's threshold gives coupons once per
 * order, in its unit of work; a full refund or a cancellation voids those still unused.
 */
public abstract class PurchaseRewardContract {

    private CouponFixture f;
    private CustomerId li;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void aTenantWithA返券Template() {
        f = new CouponFixture(storage());
        li = f.member("Li");
        f.coupons.defineTemplate(f.amountOff("back30", "300.00", "30.00").withPerCustomerLimit(100));
    }

    private PurchaseReceipt buy(String order, String paid) {
        return f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, order, cny(paid)));
    }

    private List<Coupon> available() {
        return f.coupons.couponsOf(f.tenant, li).stream().filter(c -> c.status() == CouponStatus.AVAILABLE).toList();
    }

    @Test
    void an_order_reaching_the_threshold_gets_one_coupon_and_one_short_of_it_none() {
        // given 满300返一张 back30
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));

        // when
        PurchaseReceipt reached = buy("o-1", "300.00");
        PurchaseReceipt short1 = buy("o-2", "299.99");

        // then
        assertThat(reached.rewardCoupons()).singleElement().satisfies(c -> {
            assertThat(c.templateId()).isEqualTo("back30");
            assertThat(c.customerId()).isEqualTo(li);
            assertThat(c.status()).isEqualTo(CouponStatus.AVAILABLE);
        });
        assertThat(short1.rewardCoupons()).isEmpty();
        assertThat(f.coupons.couponsOf(f.tenant, li)).extracting(Coupon::couponId)
                .containsExactly(reached.rewardCoupons().get(0).couponId());
        assertThat(f.coupons.purchaseRewards(f.tenant, "o-1")).isEqualTo(reached.rewardCoupons());
    }

    @Test
    void a_replayed_purchase_returns_the_first_coupons_and_issues_none_even_after_the_rule_changed() {
        // given an order rewarded under 满300 at most 1
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        PurchaseReceipt first = buy("o-1", "900.00");

        // when the rule now gives up to 3 per order and the purchase is delivered again
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")).withMaxPerOrder(3));
        PurchaseReceipt replay = buy("o-1", "900.00");

        // then, and through the coupon service's own door too
        assertThat(replay.replay()).isTrue();
        assertThat(replay.rewardCoupons()).isEqualTo(first.rewardCoupons()).hasSize(1);
        assertThat(f.coupons.rewardPurchase(new RewardPurchase(f.tenant, li, "o-1", cny("900.00"), f.clock.instant(), List.of())))
                .isEqualTo(first.rewardCoupons());
        assertThat(f.coupons.couponsOf(f.tenant, li)).hasSize(1);
    }

    @Test
    void one_coupon_per_full_threshold_up_to_the_most_per_order() {
        // given 每满300返一张, at most 3
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "every300", "back30", cny("300.00")).withMaxPerOrder(3));

        // when / then
        assertThat(buy("o-1", "299.99").rewardCoupons()).isEmpty();
        assertThat(buy("o-2", "650.00").rewardCoupons()).hasSize(2);
        assertThat(buy("o-3", "900.00").rewardCoupons()).hasSize(3);
        assertThat(buy("o-4", "5000.00").rewardCoupons()).hasSize(3);
        assertThat(f.coupons.couponsOf(f.tenant, li)).hasSize(8);
    }

    @Test
    void a_rule_on_categories_counts_only_their_items() {
        // given 满300 on fresh food only
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "fresh", "back30", cny("300.00")).withCategories("fresh", "dairy"));

        // when: 350 paid, of which 200 fresh + 99 dairy; then 200 fresh + 100 dairy
        PurchaseReceipt mostlyOther = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, "o-1", cny("350.00"))
                .withItems(List.of(PurchaseItem.of("apple", "fresh", cny("200.00")), PurchaseItem.of("milk", "dairy", cny("99.00")),
                        PurchaseItem.of("pen", "office", cny("51.00")))));
        PurchaseReceipt enough = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, "o-2", cny("300.00"))
                .withItems(List.of(PurchaseItem.of("apple", "fresh", cny("200.00")), PurchaseItem.of("milk", "dairy", cny("100.00")))));

        // then
        assertThat(mostlyOther.rewardCoupons()).isEmpty();
        assertThat(enough.rewardCoupons()).hasSize(1);
    }

    @Test
    void the_rules_days_end_at_the_tenants_midnight() {
        // given a rule for purchases up to 1 June 2025 in Asia/Shanghai (UTC+8), and a clock two days later
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "june1", "back30", cny("300.00"))
                .withDays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
        f.clock.set(Instant.parse("2025-06-03T00:00:00Z"));

        // when
        PurchaseReceipt lastSecond = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, "o-1", cny("300.00"))
                .at(Instant.parse("2025-06-01T15:59:59Z")));
        PurchaseReceipt nextDay = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, "o-2", cny("300.00"))
                .at(Instant.parse("2025-06-01T16:00:00Z")));
        PurchaseReceipt beforeFirstDay = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, li, "o-3", cny("300.00"))
                .at(Instant.parse("2025-04-30T15:59:59Z")));

        // then
        assertThat(lastSecond.rewardCoupons()).hasSize(1);
        assertThat(nextDay.rewardCoupons()).isEmpty();
        assertThat(beforeFirstDay.rewardCoupons()).isEmpty();
    }

    @Test
    void an_order_in_another_currency_or_under_an_inactive_rule_gets_nothing() {
        // given
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        CustomerId wang = f.member("Wang");

        // when
        PurchaseReceipt dollars = f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, wang, "o-usd", Money.of("900.00", "USD")));
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")).withActive(false));
        PurchaseReceipt inactive = buy("o-1", "900.00");

        // then
        assertThat(dollars.rewardCoupons()).isEmpty();
        assertThat(inactive.rewardCoupons()).isEmpty();
        assertThat(f.coupons.couponsOf(f.tenant, wang)).isEmpty();
    }

    @Test
    void a_reward_past_the_templates_stock_or_the_customers_limit_gives_what_it_can_and_the_purchase_is_recorded() {
        // given a template with 2 left in stock and at most 3 per customer, rewarded 每满100, at most 5
        f.coupons.defineTemplate(f.amountOff("scarce", "100.00", "10.00").withTotalStock(2L).withPerCustomerLimit(3));
        f.coupons.defineTemplate(f.amountOff("limited", "100.00", "10.00").withPerCustomerLimit(3));
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "a-scarce", "scarce", cny("100.00")).withMaxPerOrder(5));
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "b-limited", "limited", cny("100.00")).withMaxPerOrder(5));

        // when
        PurchaseReceipt first = buy("o-1", "500.00");
        PurchaseReceipt second = buy("o-2", "500.00");

        // then the stock gives 2, the limit 3; the second order gets nothing and is still recorded
        assertThat(first.rewardCoupons()).extracting(Coupon::templateId).containsExactly("scarce", "scarce", "limited", "limited", "limited");
        assertThat(second.rewardCoupons()).isEmpty();
        assertThat(second.purchase().orderId()).isEqualTo("o-2");
        assertThat(f.crm.value().purchase(f.tenant, "o-2")).isPresent();
    }

    @Test
    void a_full_refund_voids_the_unused_reward_coupons_and_a_partial_one_keeps_them() {
        // given two rewarded orders
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        CouponId kept = buy("o-1", "400.00").rewardCoupons().get(0).couponId();
        CouponId lost = buy("o-2", "400.00").rewardCoupons().get(0).couponId();

        // when
        f.crm.commerce().recordRefund(RecordRefund.of(f.tenant, li, "o-1", "rf-1", cny("200.00")));
        f.crm.commerce().recordRefund(RecordRefund.of(f.tenant, li, "o-2", "rf-2", cny("400.00")));
        f.crm.commerce().recordRefund(RecordRefund.of(f.tenant, li, "o-2", "rf-2", cny("400.00")));

        // then
        assertThat(status(kept)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(status(lost)).isEqualTo(CouponStatus.VOIDED);
        assertThat(f.coupons.revokePurchaseRewards(f.tenant, "o-2", "rf-2-again")).isEmpty();
    }

    @Test
    void a_cancellation_voids_an_unused_reward_coupon_and_leaves_a_used_one_used() {
        // given two rewarded orders, the first's coupon spent on a third order
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        CouponId spent = buy("o-1", "400.00").rewardCoupons().get(0).couponId();
        CouponId unused = buy("o-2", "400.00").rewardCoupons().get(0).couponId();
        f.coupons.lock(f.lockOf(li, "o-3", CouponFixture.cart("0.00", CouponFixture.line("tea", "drinks", 1, "300.00")), spent));
        f.coupons.commit(new org.crmkit.offer.coupon.CommitCoupons(f.tenant, "o-3", "commit-o-3"));

        // when both rewarded orders are cancelled
        f.crm.commerce().cancelOrder(CancelOrder.of(f.tenant, li, "o-1"));
        f.crm.commerce().cancelOrder(CancelOrder.of(f.tenant, li, "o-2"));

        // then
        assertThat(status(spent)).isEqualTo(CouponStatus.USED);
        assertThat(status(unused)).isEqualTo(CouponStatus.VOIDED);
    }

    @Test
    void sixteen_threads_delivering_one_purchase_give_its_coupons_once() throws Exception {
        // given
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "every300", "back30", cny("300.00")).withMaxPerOrder(2));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<PurchaseReceipt>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> buy("o-1", "600.00"));
            }

            // when
            List<PurchaseReceipt> receipts = new ArrayList<>();
            for (Future<PurchaseReceipt> r : pool.invokeAll(calls)) {
                receipts.add(r.get());
            }

            // then
            List<Coupon> given = f.coupons.couponsOf(f.tenant, li);
            assertThat(given).hasSize(2);
            assertThat(receipts).allSatisfy(r -> assertThat(r.rewardCoupons()).extracting(Coupon::couponId)
                    .containsExactlyInAnyOrderElementsOf(given.stream().map(Coupon::couponId).toList()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_host_can_reward_a_purchase_recorded_elsewhere_once() {
        // given
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        RewardPurchase order = new RewardPurchase(f.tenant, li, "pos-1", cny("300.00"), f.clock.instant(),
                List.of(new OrderLine("tea", "drinks", cny("300.00"))));

        // when
        List<Coupon> first = f.coupons.rewardPurchase(order);
        List<Coupon> again = f.coupons.rewardPurchase(order);

        // then
        assertThat(first).hasSize(1);
        assertThat(again).isEqualTo(first);
        assertThat(available()).hasSize(1);
    }

    @Test
    void a_bad_rule_is_refused_with_every_reason_and_nothing_is_stored() {
        // when / then
        assertThatThrownBy(() -> f.coupons.defineReward(new PurchaseReward(f.tenant, " ", "back30", cny("0.00"), java.util.Set.of(),
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1), 11, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .contains("rewardId", "maxPerOrder"));
        assertThatThrownBy(() -> f.coupons.defineReward(new PurchaseReward(f.tenant, "r", "back30", cny("-1.00"), java.util.Set.of(),
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1), 1, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("threshold", "lastDay"));
        assertThatThrownBy(() -> f.coupons.defineReward(PurchaseReward.of(f.tenant, "usd", "back30", Money.of("300.00", "USD"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CNY");
        assertThatThrownBy(() -> f.coupons.defineReward(PurchaseReward.of(f.tenant, "ghost", "no-such-template", cny("300.00"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.coupons.rewards(f.tenant)).isEmpty();
    }

    @Test
    void another_tenants_template_and_orders_are_unknown() {
        // given a rewarded order in this tenant
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        buy("o-1", "300.00");
        TenantId other = Tenants.fresh();

        // when / then
        assertThatThrownBy(() -> f.coupons.defineReward(PurchaseReward.of(other, "r300", "back30", cny("300.00"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.coupons.purchaseRewards(other, "o-1")).isEmpty();
        assertThat(f.coupons.revokePurchaseRewards(other, "o-1", "rf-x")).isEmpty();
        assertThat(available()).hasSize(1);
        assertThat(f.coupons.rewards(other)).isEmpty();
    }

    @Test
    void a_reward_coupon_returned_by_refund_policy_is_not_confused_with_the_reward() {
        // given a RETURN-policy template given as a reward, then spent on an order that is refunded in full
        f.coupons.defineTemplate(f.amountOff("back30", "300.00", "30.00").withPerCustomerLimit(100).withRefundPolicy(RefundPolicy.RETURN));
        f.coupons.defineReward(PurchaseReward.of(f.tenant, "r300", "back30", cny("300.00")));
        CouponId reward = buy("o-1", "300.00").rewardCoupons().get(0).couponId();
        f.coupons.lock(f.lockOf(li, "o-2", CouponFixture.cart("0.00", CouponFixture.line("tea", "drinks", 1, "330.00")), reward));
        f.coupons.commit(new org.crmkit.offer.coupon.CommitCoupons(f.tenant, "o-2", "commit-o-2"));
        buy("o-2", "300.00");

        // when the order that used it is refunded in full
        f.crm.commerce().recordRefund(RecordRefund.of(f.tenant, li, "o-2", "rf-2", cny("300.00")));

        // then it comes back to the customer, still usable, and o-2's own reward coupon is voided
        assertThat(status(reward)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.coupons.purchaseRewards(f.tenant, "o-2")).singleElement()
                .satisfies(c -> assertThat(status(c.couponId())).isEqualTo(CouponStatus.VOIDED));
    }

    private CouponStatus status(CouponId id) {
        return f.coupons.couponsOf(f.tenant, li).stream().filter(c -> c.couponId().equals(id)).findFirst().orElseThrow().status();
    }
}
