package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmkit.Crm;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutCommitted;
import org.crmkit.offer.CheckoutEvent;
import org.crmkit.offer.CheckoutHeld;
import org.crmkit.offer.CheckoutNotOpenException;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.CheckoutReleased;
import org.crmkit.offer.CheckoutService;
import org.crmkit.offer.CheckoutStatus;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.QuoteStep;
import org.crmkit.offer.ReleaseCheckout;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.CouponsNotApplicableException;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.spi.LinePrice;
import org.crmkit.offer.spi.MemberPricing;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the checkout quote applies the member price, then shipping, then coupons, then points
 * as cash (Suning: points pay at most half the order, 100 points = CNY 1.00), explains each step,
 * reserves the whole quote (coupons and points) for an order at once and commits or releases it
 * together; an unpaid hold releases itself. Li is GOLD (5% member price, free shipping) with 100,000 points; Han has no tier
 * and 1,000 points. The basket: two boxes of nuts at 100.00, one tea at 59.90, shipping 10.00.
 */
public abstract class CheckoutContract extends LoyaltyFixture {

    private static final Instant FAR_FUTURE = Instant.parse("2099-01-01T00:00:00Z");

    private CheckoutService checkout;

    @BeforeEach
    void liIsGoldWithPointsAndHanHasFewPoints() {
        define(aProgramme().redemptionLimits("0.5", 1, 1));
        TierBenefits gold = new TierBenefits(BigDecimal.ONE, new BigDecimal("0.05"), true, 2, Map.of());
        crm.tiers().defineLadder(TierLadder.of(tenant, programme.id(),
                List.of(Tier.of("member", "Member", 0), new Tier("gold", "Gold", 10_000, gold)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));
        crm.tiers().override(new OverrideTier(tenant, li, programme.id(), "gold", "test shopper", "agent-1", FAR_FUTURE));
        grant(li, 100_000);
        grant(han, 1_000);
        checkout = crm.checkout();
    }

    private static Cart basket() {
        return new Cart(List.of(new CartLine("nuts-500g", "snacks", 2, cny("100.00")), new CartLine("tea-250g", "drinks", 1, cny("59.90"))),
                cny("10.00"));
    }

    private QuoteCheckout quoteFor(CustomerId who, Cart cart, Long points) {
        return QuoteCheckout.of(tenant, who, programme.id(), cart, points);
    }

    private HoldCheckout holdFor(CustomerId who, String order, Long points) {
        return new HoldCheckout(tenant, who, programme.id(), "hold:" + order, order, basket(), List.of(), points, null);
    }

    @Test
    void a_gold_member_gets_the_member_price_free_shipping_and_pays_half_with_points() {
        // when
        CheckoutQuote quote = checkout.quote(quoteFor(li, basket(), null));

        // then: 95.00 x 2 + 56.91 (59.90 less 5%, half up) = 246.91; shipping waived; points pay
        // half, 123.455 rounded down to 123.45 = 12,345 points; 123.46 left to pay
        assertThat(quote.status()).isEqualTo(CheckoutStatus.QUOTED);
        assertThat(quote.lines()).extracting(l -> l.memberUnitPrice().amount().toPlainString(), l -> l.memberAmount().amount().toPlainString())
                .containsExactly(tuple("95.00", "190.00"), tuple("56.91", "56.91"));
        assertThat(quote.listAmount()).isEqualTo(cny("259.90"));
        assertThat(quote.memberAmount()).isEqualTo(cny("246.91"));
        assertThat(quote.shipping()).isEqualTo(cny("0.00"));
        assertThat(quote.points()).isEqualTo(12_345);
        assertThat(quote.pointsCash()).isEqualTo(cny("123.45"));
        assertThat(quote.payable()).isEqualTo(cny("123.46"));
        assertThat(quote.steps()).extracting(QuoteStep::kind, s -> s.reduction().amount().toPlainString(), s -> s.remaining().amount().toPlainString())
                .containsExactly(
                        tuple("MEMBER_PRICE", "12.99", "256.91"),
                        tuple("SHIPPING", "10.00", "246.91"),
                        tuple("POINTS", "123.45", "123.46"));
        assertThat(quote.steps().get(0).explanation()).contains("gold", "12.99");
        assertThat(quote.steps().get(1).explanation()).contains("free shipping", "gold");
        assertThat(quote.steps().get(2).explanation()).contains("12345", "50%");
        assertThat(quote.lines().get(1).reason()).contains("gold", "5% off 59.90");
    }

    @Test
    void a_member_without_a_tier_pays_the_list_price_and_the_shipping_fee() {
        // when
        CheckoutQuote quote = checkout.quote(quoteFor(han, basket(), 0L));

        // then
        assertThat(quote.memberAmount()).isEqualTo(cny("259.90"));
        assertThat(quote.shipping()).isEqualTo(cny("10.00"));
        assertThat(quote.points()).isZero();
        assertThat(quote.payable()).isEqualTo(cny("269.90"));
        assertThat(quote.steps()).extracting(QuoteStep::kind, s -> s.reduction().isZero())
                .containsExactly(tuple("MEMBER_PRICE", true), tuple("SHIPPING", true), tuple("POINTS", true));
    }

    @Test
    void points_are_limited_by_the_balance_and_a_request_above_the_limit_is_refused_with_the_reason() {
        // when: Han's 1,000 points are worth 10.00, below half of 269.90
        CheckoutQuote max = checkout.quote(quoteFor(han, basket(), null));

        // then
        assertThat(max.points()).isEqualTo(1_000);
        assertThat(max.payable()).isEqualTo(cny("259.90"));
        assertThat(max.steps().get(2).explanation()).contains("1000 available");
        assertThatThrownBy(() -> checkout.quote(quoteFor(han, basket(), 1_001L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> checkout.quote(quoteFor(li, basket(), 12_346L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 12345").hasMessageContaining("50%");
    }

    @Test
    void holding_reserves_the_quotes_points_and_committing_spends_them_once() {
        // when
        CheckoutQuote held = checkout.hold(holdFor(li, "order-1", null));
        long availableWhileHeld = availableOf(li);
        CheckoutQuote committed = checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1"));
        CheckoutQuote again = checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1"));

        // then
        assertThat(held.status()).isEqualTo(CheckoutStatus.HELD);
        assertThat(held.orderReference()).isEqualTo("order-1");
        assertThat(held.pointsHoldId()).isNotNull();
        assertThat(held.expiresAt()).isEqualTo(clock.instant().plus(programme.holdTtl()));
        assertThat(availableWhileHeld).isEqualTo(100_000 - 12_345);
        assertThat(balanceOf(li).held()).isZero();
        assertThat(committed.status()).isEqualTo(CheckoutStatus.COMMITTED);
        assertThat(committed.payable()).isEqualTo(held.payable());
        assertThat(again).isEqualTo(committed);
        assertThat(availableOf(li)).isEqualTo(100_000 - 12_345);
        assertThat(balanceOf(li).lifetimeRedeemed()).isEqualTo(12_345);
        assertThat(statementOf(li)).extracting(LedgerEntry::type).containsSubsequence(EntryType.REDEEM, EntryType.HOLD);
        assertThat(checkout.find(tenant, "order-1")).contains(committed);
    }

    @Test
    void releasing_gives_the_points_back_and_a_released_checkout_cannot_be_committed() {
        // given
        checkout.hold(holdFor(li, "order-1", 5_000L));

        // when
        CheckoutQuote released = checkout.release(new ReleaseCheckout(tenant, "cancel:order-1", "order-1"));

        // then
        assertThat(released.status()).isEqualTo(CheckoutStatus.RELEASED);
        assertThat(availableOf(li)).isEqualTo(100_000);
        assertThat(balanceOf(li).held()).isZero();
        assertThatThrownBy(() -> checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1")))
                .isInstanceOfSatisfying(CheckoutNotOpenException.class, e -> assertThat(e.status()).isEqualTo(CheckoutStatus.RELEASED));
        assertThatThrownBy(() -> checkout.commit(new CommitCheckout(tenant, "cancel:order-1", "order-1")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(availableOf(li)).isEqualTo(100_000);
    }

    @Test
    void an_unpaid_hold_releases_itself_at_its_expiry_and_can_no_longer_be_committed() {
        // given
        CheckoutQuote held = checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1", basket(), List.of(), 5_000L,
                Duration.ofMinutes(10)));

        // when
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        CheckoutStatus justBefore = checkout.find(tenant, "order-1").orElseThrow().status();
        clock.advance(Duration.ofSeconds(1));

        // then
        assertThat(held.expiresAt()).isEqualTo(clock.instant());
        assertThat(justBefore).isEqualTo(CheckoutStatus.HELD);
        assertThat(checkout.find(tenant, "order-1").orElseThrow().status()).isEqualTo(CheckoutStatus.EXPIRED);
        assertThat(availableOf(li)).isEqualTo(100_000);
        assertThatThrownBy(() -> checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1")))
                .isInstanceOfSatisfying(CheckoutNotOpenException.class, e -> assertThat(e.status()).isEqualTo(CheckoutStatus.EXPIRED))
                .hasMessageContaining("order-1").hasMessageContaining("expired");
        assertThatThrownBy(() -> checkout.release(new ReleaseCheckout(tenant, "cancel:order-1", "order-1")))
                .isInstanceOf(CheckoutNotOpenException.class);
        assertThat(balanceOf(li).lifetimeRedeemed()).isZero();
    }

    @Test
    void a_replayed_hold_returns_the_first_and_holds_nothing_twice() {
        // given
        CheckoutQuote first = checkout.hold(holdFor(li, "order-1", 5_000L));

        // when
        CheckoutQuote again = checkout.hold(holdFor(li, "order-1", 5_000L));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(availableOf(li)).isEqualTo(95_000);
        HoldCheckout otherCart = new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1",
                new Cart(List.of(new CartLine("nuts-500g", "snacks", 3, cny("100.00"))), cny("10.00")), List.of(), 5_000L, null);
        assertThatThrownBy(() -> checkout.hold(otherCart)).isInstanceOf(IdempotencyKeyReusedException.class);
        HoldCheckout otherKey = new HoldCheckout(tenant, li, programme.id(), "hold-again:order-1", "order-1", basket(), List.of(), 5_000L, null);
        assertThatThrownBy(() -> checkout.hold(otherKey)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("order-1 already has a checkout");
        assertThat(availableOf(li)).isEqualTo(95_000);
    }

    @Test
    void sixteen_threads_replaying_one_hold_reserve_its_points_once() throws Exception {
        // when
        List<CheckoutQuote> quotes = inParallel(16, i -> checkout.hold(holdFor(li, "order-1", 5_000L)));

        // then
        assertThat(quotes).hasSize(16).allSatisfy(q -> assertThat(q).isEqualTo(quotes.get(0)));
        assertThat(availableOf(li)).isEqualTo(95_000);
        assertThat(drainCheckoutEvents()).filteredOn(CheckoutHeld.class::isInstance).hasSize(1);
    }

    @Test
    void of_eight_threads_holding_one_order_under_eight_keys_one_holds_it_and_the_others_are_told_it_has_a_checkout() throws Exception {
        // when: the same order, each thread under a key of its own (a storage may find the order taken only as the unit commits)
        List<Object> outcomes = inParallel(8, i -> {
            try {
                return checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold-" + i + ":order-1", "order-1", basket(), List.of(),
                        5_000L, null));
            } catch (RuntimeException e) {
                return e;
            }
        });

        // then: one checkout, its points held once; every other thread refused by name, holding nothing
        assertThat(outcomes).filteredOn(CheckoutQuote.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).hasSize(7)
                .allSatisfy(e -> assertThat((Throwable) e).isInstanceOf(ConflictException.class)
                        .hasMessageContaining("order-1 already has a checkout"));
        assertThat(availableOf(li)).isEqualTo(95_000);
        assertThat(drainCheckoutEvents()).filteredOn(CheckoutHeld.class::isInstance).hasSize(1);
    }

    @Test
    void sixteen_threads_holding_sixteen_orders_never_hold_more_points_than_the_balance() throws Exception {
        // when: each order asks for 400 of Han's 1,000 points
        List<Object> outcomes = inParallel(16, i -> {
            try {
                return checkout.hold(holdFor(han, "order-" + i, 400L));
            } catch (RuntimeException e) {
                return e;
            }
        });

        // then: two holds fit; every other order stored no checkout and held nothing
        List<String> heldOrders = outcomes.stream().filter(CheckoutQuote.class::isInstance).map(o -> ((CheckoutQuote) o).orderReference()).toList();
        assertThat(heldOrders).hasSize(2);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).hasSize(14)
                .allSatisfy(e -> assertThat(e).isInstanceOf(RuleViolationException.class));
        assertThat(availableOf(han)).isEqualTo(200);
        for (int i = 0; i < 16; i++) {
            String order = "order-" + i;
            assertThat(checkout.find(tenant, order).isPresent()).as(order).isEqualTo(heldOrders.contains(order));
        }
    }

    @Test
    void the_outbox_tells_of_each_hold_commit_and_release_without_personal_data() {
        // given
        checkout.hold(holdFor(li, "order-1", 5_000L));
        checkout.hold(holdFor(li, "order-2", 5_000L));

        // when
        checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1"));
        checkout.release(new ReleaseCheckout(tenant, "cancel:order-2", "order-2"));

        // then
        List<CheckoutEvent> events = drainCheckoutEvents();
        assertThat(events).extracting(e -> e.getClass().getSimpleName(), CheckoutEvent::orderReference, CheckoutEvent::points)
                .containsExactly(
                        tuple("CheckoutHeld", "order-1", 5_000L),
                        tuple("CheckoutHeld", "order-2", 5_000L),
                        tuple("CheckoutCommitted", "order-1", 5_000L),
                        tuple("CheckoutReleased", "order-2", 5_000L));
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Li Lei"));
        assertThat(events.get(2)).isInstanceOf(CheckoutCommitted.class);
        assertThat(events.get(3)).isInstanceOf(CheckoutReleased.class);
    }

    @Test
    void a_plug_in_prices_lines_its_own_way_and_one_that_raises_a_price_is_refused_by_name() {
        // given
        MemberPricing fixed = new MemberPricing() {
            @Override
            public String name() {
                return "price-list";
            }

            @Override
            public List<LinePrice> price(TenantId tenantId, CustomerId customerId, Tier tier, Cart cart) {
                return cart.lines().stream().map(l -> l.sku().equals("tea-250g") ? new LinePrice(cny("49.90"), "tea member price")
                        : new LinePrice(l.unitPrice(), "list price")).toList();
            }
        };
        MemberPricing greedy = new MemberPricing() {
            @Override
            public String name() {
                return "greedy";
            }

            @Override
            public List<LinePrice> price(TenantId tenantId, CustomerId customerId, Tier tier, Cart cart) {
                return cart.lines().stream().map(l -> new LinePrice(l.unitPrice().plus(cny("1.00")), "more")).toList();
            }
        };

        // when
        CheckoutQuote quote = crmWith(b -> b.memberPricing(fixed)).checkout().quote(quoteFor(han, basket(), 0L));

        // then
        assertThat(quote.memberAmount()).isEqualTo(cny("249.90"));
        assertThat(quote.lines().get(1).reason()).isEqualTo("tea member price");
        assertThat(quote.steps().get(0).explanation()).contains("price-list");
        Crm withGreedy = crmWith(b -> b.memberPricing(greedy));
        assertThatThrownBy(() -> withGreedy.checkout().quote(quoteFor(han, basket(), 0L)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("greedy").hasMessageContaining("list price");
    }

    @Test
    void bad_input_is_refused_with_every_violation_and_writes_nothing() {
        // wrong currency, negative and absurd prices, zero quantity
        Cart bad = new Cart(List.of(new CartLine("a", null, 1, Money.of("5.00", "USD")), new CartLine("b", null, 1, cny("-1.00")),
                new CartLine("c", null, 1, cny("1000000000001.00"))), cny("0.00"));
        ValidationException e = validationErrorOf(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(), "k1", "order-1", bad, List.of(), 0L, null)));
        assertThat(fieldsOf(e)).containsExactly("cart.lines[0].unitPrice", "cart.lines[1].unitPrice", "cart.lines[2].unitPrice");
        assertThat(e.getMessage()).contains("CNY");
        ValidationException fields = validationErrorOf(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(), "k 2", " ",
                new Cart(List.of(new CartLine("", null, 0, cny("1.00"))), cny("0.00")), List.of(), -1L, Duration.ZERO)));
        assertThat(fieldsOf(fields)).contains("idempotencyKey", "orderReference", "cart.lines[0].sku", "cart.lines[0].quantity", "points");
        assertThat(fieldsOf(validationErrorOf(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(), "k3", "order-1", basket(), List.of(), 0L,
                Duration.ofDays(8)))))).containsExactly("ttl");
        assertThat(fieldsOf(validationErrorOf(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(), "k4", "order-1", basket(),
                List.of(), 0L, Duration.ofMillis(500)))))).containsExactly("ttl");
        assertThat(fieldsOf(validationErrorOf(() -> checkout.quote(quoteFor(li, new Cart(List.of(), cny("0.00")), 0L)))))
                .containsExactly("cart.lines");
        assertThatThrownBy(() -> checkout.quote(quoteFor(CustomerId.of("nobody"), basket(), 0L))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checkout.quote(QuoteCheckout.of(tenant, li, ProgrammeId.of("other"), basket(), 0L)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("programme");
        assertThatThrownBy(() -> checkout.hold(holdFor(li, "order-1", 12_346L))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> checkout.commit(new CommitCheckout(tenant, "pay:nothing", "no-such-order"))).isInstanceOf(NotFoundException.class);
        assertThat(checkout.find(tenant, "order-1")).isEmpty();
        assertThat(availableOf(li)).isEqualTo(100_000);
    }

    @Test
    void another_tenants_customer_and_checkout_are_unknown() {
        // given
        checkout.hold(holdFor(li, "order-1", 5_000L));
        TenantId other = Tenants.fresh();

        // when / then
        assertThatThrownBy(() -> checkout.quote(QuoteCheckout.of(other, li, programme.id(), basket(), 0L))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checkout.commit(new CommitCheckout(other, "pay:order-1", "order-1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checkout.release(new ReleaseCheckout(other, "cancel:order-1", "order-1"))).isInstanceOf(NotFoundException.class);
        assertThat(checkout.find(other, "order-1")).isEmpty();
        assertThat(checkout.find(tenant, "order-1").orElseThrow().status()).isEqualTo(CheckoutStatus.HELD);
    }

    private CouponId couponFor(CustomerId who, CouponTemplate template) {
        crm.coupons().defineTemplate(template);
        return crm.coupons().issue(new IssueCoupon(tenant, who, template.templateId(), "issue:" + template.templateId() + ":" + who.value()))
                .couponId();
    }

    private CouponStatus statusOf(CustomerId who, CouponId coupon) {
        return crm.coupons().couponsOf(tenant, who).stream().filter(c -> c.couponId().equals(coupon)).findFirst().orElseThrow().status();
    }

    @Test
    void a_coupon_applies_to_the_member_price_and_points_pay_half_of_what_it_leaves() {
        // given: 满减, 20.00 off at 200.00
        CouponId coupon = couponFor(li, CouponTemplate.amountOff(tenant, "mj-200-20", "20 off 200", cny("200.00"), cny("20.00")));

        // when
        CheckoutQuote quote = checkout.quote(new QuoteCheckout(tenant, li, programme.id(), basket(), List.of(coupon), null));

        // then: 246.91 at member price, 20.00 off = 226.91; points pay 113.45 (11,345 points); 113.46 to pay
        assertThat(quote.steps()).extracting(QuoteStep::kind, s -> s.reduction().amount().toPlainString(), s -> s.remaining().amount().toPlainString())
                .containsExactly(
                        tuple("MEMBER_PRICE", "12.99", "256.91"),
                        tuple("SHIPPING", "10.00", "246.91"),
                        tuple("COUPON", "20.00", "226.91"),
                        tuple("POINTS", "113.45", "113.46"));
        assertThat(quote.couponDiscount()).isEqualTo(cny("20.00"));
        assertThat(quote.coupons()).extracting(AppliedCoupon::couponId).containsExactly(coupon);
        assertThat(quote.points()).isEqualTo(11_345);
        assertThat(quote.payable()).isEqualTo(cny("113.46"));
        assertThat(quote.steps().get(2).explanation()).contains(coupon.value());
        assertThat(statusOf(li, coupon)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void a_hold_locks_the_coupon_with_the_points_and_the_commit_uses_both() {
        // given
        CouponId coupon = couponFor(li, CouponTemplate.amountOff(tenant, "mj-200-20", "20 off 200", cny("200.00"), cny("20.00")));

        // when
        CheckoutQuote held = checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1", basket(), List.of(coupon),
                null, null));
        CouponStatus whileHeld = statusOf(li, coupon);
        CheckoutQuote committed = checkout.commit(new CommitCheckout(tenant, "pay:order-1", "order-1"));

        // then
        assertThat(held.payable()).isEqualTo(cny("113.46"));
        assertThat(whileHeld).isEqualTo(CouponStatus.LOCKED);
        assertThat(committed.status()).isEqualTo(CheckoutStatus.COMMITTED);
        assertThat(statusOf(li, coupon)).isEqualTo(CouponStatus.USED);
        assertThat(balanceOf(li).lifetimeRedeemed()).isEqualTo(11_345);
        CheckoutQuote again = checkout.quote(new QuoteCheckout(tenant, li, programme.id(), basket(), List.of(coupon), 0L));
        assertThat(again.coupons()).isEmpty();
        assertThat(again.rejectedCoupons()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.NOT_AVAILABLE));
    }

    @Test
    void releasing_or_letting_a_hold_expire_gives_the_coupon_back() {
        // given
        CouponId coupon = couponFor(li, CouponTemplate.amountOff(tenant, "mj-200-20", "20 off 200", cny("200.00"), cny("20.00")));
        checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1", basket(), List.of(coupon), 0L, null));

        // when
        checkout.release(new ReleaseCheckout(tenant, "cancel:order-1", "order-1"));
        CouponStatus afterRelease = statusOf(li, coupon);
        checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-2", "order-2", basket(), List.of(coupon), 0L,
                Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));

        // then
        assertThat(afterRelease).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(checkout.find(tenant, "order-2").orElseThrow().status()).isEqualTo(CheckoutStatus.EXPIRED);
        CheckoutQuote third = checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-3", "order-3", basket(), List.of(coupon),
                0L, null));
        assertThat(third.couponDiscount()).isEqualTo(cny("20.00"));
    }

    @Test
    void a_coupon_that_does_not_apply_is_explained_in_a_quote_and_refuses_the_whole_hold() {
        // given: 30.00 off at 300.00, above the 246.91 the basket costs Li
        CouponId coupon = couponFor(li, CouponTemplate.amountOff(tenant, "mj-300-30", "30 off 300", cny("300.00"), cny("30.00")));

        // when
        CheckoutQuote quote = checkout.quote(new QuoteCheckout(tenant, li, programme.id(), basket(), List.of(coupon), 5_000L));

        // then
        assertThat(quote.couponDiscount()).isEqualTo(cny("0.00"));
        assertThat(quote.rejectedCoupons()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.BELOW_THRESHOLD));
        assertThat(quote.steps().get(2).explanation()).contains("not applied");
        assertThatThrownBy(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1", basket(), List.of(coupon),
                5_000L, null))).isInstanceOf(CouponsNotApplicableException.class).hasMessageContaining(coupon.value());
        assertThat(checkout.find(tenant, "order-1")).isEmpty();
        assertThat(availableOf(li)).isEqualTo(100_000);
        assertThat(statusOf(li, coupon)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void a_free_shipping_coupon_takes_the_fee_a_member_without_a_tier_pays_and_another_tenants_coupon_is_unknown() {
        // given
        CouponId free = couponFor(han, CouponTemplate.freeShipping(tenant, "ship-free", "free shipping", cny("0.00")));
        TenantId other = Tenants.fresh();
        crm.coupons().defineTemplate(CouponTemplate.amountOff(other, "theirs", "theirs", cny("0.00"), cny("50.00")));
        CustomerId stranger = crm.customers().register(org.crmkit.customer.RegisterCustomer.of(other, "Stranger",
                org.crmkit.customer.SourceChannel.APP)).id();
        CouponId theirs = crm.coupons().issue(new IssueCoupon(other, stranger, "theirs", "issue-theirs")).couponId();

        // when
        CheckoutQuote quote = checkout.quote(new QuoteCheckout(tenant, han, programme.id(), basket(), List.of(free, theirs), 0L));

        // then
        assertThat(quote.couponDiscount()).isEqualTo(cny("10.00"));
        assertThat(quote.payable()).isEqualTo(cny("259.90"));
        assertThat(quote.coupons()).extracting(AppliedCoupon::couponId).containsExactly(free);
        assertThat(quote.rejectedCoupons()).singleElement().satisfies(r -> {
            assertThat(r.couponId()).isEqualTo(theirs);
            assertThat(r.reason()).isEqualTo(RejectionReason.NOT_FOUND);
        });
    }

    @Test
    void a_fault_in_the_coupon_lock_leaves_no_points_held_and_no_checkout() {
        // given: a second hold of the same coupon for another order while the first holds it
        CouponId coupon = couponFor(li, CouponTemplate.amountOff(tenant, "mj-200-20", "20 off 200", cny("200.00"), cny("20.00")));
        checkout.hold(new HoldCheckout(tenant, li, programme.id(), "hold:order-1", "order-1", basket(), List.of(coupon), 5_000L, null));

        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> checkout.hold(new HoldCheckout(tenant, li, programme.id(),
                "hold:order-2", "order-2", basket(), List.of(coupon), 5_000L, null)));

        // then: the second order holds nothing, the first keeps its coupon and points
        assertThat(refused).isInstanceOf(CouponsNotApplicableException.class);
        assertThat(checkout.find(tenant, "order-2")).isEmpty();
        assertThat(availableOf(li)).isEqualTo(95_000);
        assertThat(statusOf(li, coupon)).isEqualTo(CouponStatus.LOCKED);
    }

    private List<CheckoutEvent> drainCheckoutEvents() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant).stream()
                .filter(CheckoutEvent.class::isInstance).map(CheckoutEvent.class::cast).toList();
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
