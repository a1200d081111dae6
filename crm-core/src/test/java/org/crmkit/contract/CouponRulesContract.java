package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.cny;
import static org.crmkit.contract.CouponFixture.line;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponKind;
import org.crmkit.offer.coupon.CouponScope;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.CouponUnavailableException;
import org.crmkit.offer.coupon.CouponsNotApplicableException;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.RefundPolicy;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.coupon.StackingGroup;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Templates, issuing and evaluation refusing what they must: bad input, other tenants' and
 * customers' coupons, wrong currencies, windows at the tenant's midnight (Asia/Shanghai, UTC+8).
 */
public abstract class CouponRulesContract {

    private CouponFixture f;
    private CustomerId li;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void registerLi() {
        f = new CouponFixture(storage());
        li = f.member("Li");
    }

    private static Cart teaFor(String amount) {
        return cart("10.00", line("tea-1", "tea", 1, amount));
    }

    private RejectionReason reasonFor(CouponId id, Cart cart, String tier) {
        return f.coupons.evaluate(f.tenant, li, cart, tier, List.of(id)).rejected().stream().findFirst().map(r -> r.reason()).orElse(null);
    }

    @Test
    void a_coupon_valid_for_one_day_after_issue_ends_at_the_tenants_midnight() {
        // given: issued 2025-06-01 10:03 in Shanghai; the day ends at 2025-06-01T16:00Z
        CouponId id = f.give(li, f.amountOff("one-day", "0.00", "5.00").withValidity(Validity.daysAfterIssue(1)));

        // when
        f.clock.set(Instant.parse("2025-06-01T15:59:59.999Z"));
        RejectionReason beforeMidnight = reasonFor(id, teaFor("50.00"), null);
        f.clock.set(Instant.parse("2025-06-01T16:00:00Z"));
        RejectionReason atMidnight = reasonFor(id, teaFor("50.00"), null);

        // then
        assertThat(beforeMidnight).isNull();
        assertThat(atMidnight).isEqualTo(RejectionReason.EXPIRED);
    }

    @Test
    void a_fixed_window_opens_and_closes_at_the_tenants_midnight() {
        // given: valid on 2 June in Shanghai, i.e. from 2025-06-01T16:00Z to 2025-06-02T16:00Z
        CouponId id = f.give(li, f.amountOff("june-2", "0.00", "5.00").withValidity(Validity.days(LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 2))));

        // when / then
        f.clock.set(Instant.parse("2025-06-01T15:59:59Z"));
        assertThat(reasonFor(id, teaFor("50.00"), null)).isEqualTo(RejectionReason.NOT_YET_VALID);
        f.clock.set(Instant.parse("2025-06-01T16:00:00Z"));
        assertThat(reasonFor(id, teaFor("50.00"), null)).isNull();
        f.clock.set(Instant.parse("2025-06-02T15:59:59Z"));
        assertThat(reasonFor(id, teaFor("50.00"), null)).isNull();
        f.clock.set(Instant.parse("2025-06-02T16:00:00Z"));
        assertThat(reasonFor(id, teaFor("50.00"), null)).isEqualTo(RejectionReason.EXPIRED);
    }

    @Test
    void a_template_whose_fixed_window_ended_issues_nothing() {
        // given
        f.coupons.defineTemplate(f.amountOff("may-only", "0.00", "5.00").withValidity(Validity.days(LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31))));

        // when / then
        assertThatThrownBy(() -> f.issue(li, "may-only")).isInstanceOf(CouponUnavailableException.class).hasMessageContaining("window ended");
        assertThat(f.coupons.couponsOf(f.tenant, li)).isEmpty();
    }

    @Test
    void another_tenants_coupon_and_another_customers_coupon_read_as_unknown() {
        // given
        TenantId other = Tenants.fresh();
        CouponFixture elsewhere = new CouponFixture(storage());
        CustomerId wang = elsewhere.member("Wang");
        CouponId foreign = elsewhere.give(wang, elsewhere.amountOff("t", "0.00", "5.00"));
        CustomerId han = f.member("Han");
        CouponId hans = f.give(han, f.amountOff("han-5", "0.00", "5.00"));

        // when / then
        assertThat(reasonFor(foreign, teaFor("50.00"), null)).isEqualTo(RejectionReason.NOT_FOUND);
        assertThat(reasonFor(hans, teaFor("50.00"), null)).isEqualTo(RejectionReason.NOT_FOUND);
        assertThatThrownBy(() -> f.lock(li, "order-1", teaFor("50.00"), foreign)).isInstanceOf(CouponsNotApplicableException.class);
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(f.tenant, li, "t", "k-1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(other, wang, "t", "k-2"))).isInstanceOf(NotFoundException.class);
        assertThat(storage().coupons().coupon(f.tenant, foreign)).isEmpty();
    }

    @Test
    void a_cart_in_another_currency_is_refused_per_coupon_and_a_mixed_currency_cart_is_invalid() {
        // given
        CouponId id = f.give(li, f.amountOff("cny-5", "0.00", "5.00"));
        Cart dollars = new Cart(List.of(new CartLine("tea-1", "tea", 1, Money.of("50.00", "USD"))), Money.of("0.00", "USD"));
        Cart mixed = new Cart(List.of(new CartLine("tea-1", "tea", 1, Money.of("50.00", "USD"))), cny("0.00"));

        // when / then
        assertThat(reasonFor(id, dollars, null)).isEqualTo(RejectionReason.WRONG_CURRENCY);
        assertThatThrownBy(() -> f.coupons.evaluate(f.tenant, li, mixed, null, List.of(id))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("currency");
    }

    @Test
    void negative_absurd_and_missing_amounts_are_refused_before_anything_is_read() {
        // given
        CouponId id = f.give(li, f.amountOff("five", "0.00", "5.00"));
        Cart negative = cart("10.00", line("tea-1", "tea", 1, "-1.00"));
        Cart absurd = cart("10.00", line("tea-1", "tea", 10_000, "999999999999.00"));
        Cart noLines = new Cart(List.of(), cny("0.00"));

        // when / then
        assertThatThrownBy(() -> f.coupons.evaluate(f.tenant, li, negative, null, List.of(id))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unitPrice");
        assertThatThrownBy(() -> f.coupons.evaluate(f.tenant, li, absurd, null, List.of(id))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> f.coupons.evaluate(f.tenant, li, noLines, null, List.of(id))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.coupons.lock(new LockCoupons(f.tenant, li, "k", "order", teaFor("50.00"), null, List.of(id),
                Duration.ZERO))).isInstanceOf(ValidationException.class).hasMessageContaining("ttl");
        assertThatThrownBy(() -> f.coupons.lock(new LockCoupons(f.tenant, li, "k", "order", teaFor("50.00"), null, List.of(),
                Duration.ofMinutes(1)))).isInstanceOf(ValidationException.class).hasMessageContaining("coupons");
    }

    @Test
    void a_template_with_mismatched_fields_is_refused_listing_every_violation() {
        // given
        CouponTemplate bad = new CouponTemplate(f.tenant, "bad one", "", CouponKind.AMOUNT_OFF, cny("-1.00"), Money.of("5.00", "USD"),
                new BigDecimal("150"), null, CouponScope.ALL, new Validity(null, null, null), 0L, 0, StackingGroup.EXCLUSIVE, RefundPolicy.VOID,
                List.of());

        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> f.coupons.defineTemplate(bad));

        // then
        assertThat(refused).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) refused).violations()).extracting(v -> v.field())
                .contains("templateId", "name", "totalStock", "perCustomerLimit");
        assertThat(f.coupons.template(f.tenant, "bad one")).isEmpty();
        CouponTemplate mismatched = f.amountOff("mismatch", "-1.00", "5.00").withValidity(new Validity(null, null, null));
        assertThatThrownBy(() -> f.coupons.defineTemplate(mismatched)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("threshold").hasMessageContaining("validity");
        CouponTemplate percent = f.percentOff("too-much", "150", null);
        assertThatThrownBy(() -> f.coupons.defineTemplate(percent)).isInstanceOf(ValidationException.class).hasMessageContaining("percentOff");
    }

    @Test
    void issuing_to_an_unknown_customer_or_from_an_unknown_template_is_not_found() {
        // given
        f.coupons.defineTemplate(f.amountOff("five", "0.00", "5.00"));

        // when / then
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(f.tenant, CustomerId.of("nobody"), "five", "k-1")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("customer");
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(f.tenant, li, "no-such-template", "k-2")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("coupon template");
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(f.tenant, li, "five", "a key with spaces")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("idempotencyKey");
    }

    @Test
    void a_replayed_issue_returns_the_first_coupon_and_a_key_reused_for_another_template_is_refused() {
        // given
        f.coupons.defineTemplate(f.amountOff("five", "0.00", "5.00").withPerCustomerLimit(3));
        f.coupons.defineTemplate(f.amountOff("ten", "0.00", "10.00"));
        Coupon first = f.coupons.issue(new IssueCoupon(f.tenant, li, "five", "welcome-li"));

        // when
        Coupon replayed = f.coupons.issue(new IssueCoupon(f.tenant, li, "five", "welcome-li"));

        // then
        assertThat(replayed).isEqualTo(first);
        assertThat(f.coupons.couponsOf(f.tenant, li)).hasSize(1);
        assertThatThrownBy(() -> f.coupons.issue(new IssueCoupon(f.tenant, li, "ten", "welcome-li")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void defining_a_template_again_is_idempotent_and_an_update_keeps_the_stock_issued() {
        // given
        CouponTemplate five = f.amountOff("five", "0.00", "5.00").withTotalStock(2L);
        f.coupons.defineTemplate(five);
        f.coupons.defineTemplate(five);
        f.issue(li, "five");

        // when
        f.coupons.defineTemplate(five.withTotalStock(1L));

        // then
        assertThat(f.coupons.template(f.tenant, "five")).contains(five.withTotalStock(1L));
        assertThatThrownBy(() -> f.issue(f.member("Han"), "five")).isInstanceOf(CouponUnavailableException.class)
                .hasMessageContaining("no stock");
    }

    @Test
    void scope_and_tier_decide_which_lines_and_customers_a_coupon_serves() {
        // given
        CouponId gold = f.give(li, f.amountOff("gold-tea", "0.00", "5.00").withScope(CouponScope.categories("tea").forTiers("GOLD")));
        Cart cups = cart("0.00", line("cup-1", "ware", 1, "50.00"));

        // when / then
        assertThat(reasonFor(gold, teaFor("50.00"), "GOLD")).isNull();
        assertThat(reasonFor(gold, teaFor("50.00"), "SILVER")).isEqualTo(RejectionReason.TIER_NOT_ELIGIBLE);
        assertThat(reasonFor(gold, teaFor("50.00"), null)).isEqualTo(RejectionReason.TIER_NOT_ELIGIBLE);
        assertThat(reasonFor(gold, cups, "GOLD")).isEqualTo(RejectionReason.OUT_OF_SCOPE);
    }

    @Test
    void a_used_coupon_does_not_apply_again() {
        // given
        CouponId id = f.give(li, f.amountOff("once", "0.00", "5.00"));
        f.lock(li, "order-1", teaFor("50.00"), id);
        f.coupons.commit(new org.crmkit.offer.coupon.CommitCoupons(f.tenant, "order-1", "pay-1"));

        // when / then
        assertThat(reasonFor(id, teaFor("50.00"), null)).isEqualTo(RejectionReason.NOT_AVAILABLE);
        assertThat(f.coupons.evaluate(f.tenant, li, teaFor("50.00"), null, List.of(id, id)).rejected()).extracting(r -> r.reason())
                .containsExactly(RejectionReason.NOT_AVAILABLE, RejectionReason.DUPLICATE);
    }
}
