package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.line;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.offer.coupon.CouponEvaluation;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.CouponsNotApplicableException;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.offer.coupon.spi.CouponRuleContext;
import org.crmkit.offer.coupon.spi.CouponRuleResult;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.TestCouponRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coupon rules a template names: discovered with ServiceLoader or given to the builder, the given one winning. */
public abstract class CouponPluginsContract {

    private CouponFixture f;
    private CustomerId li;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void registerLi() {
        f = new CouponFixture(storage());
        li = f.member("Li");
    }

    private static CouponRule named(String name, java.util.function.Function<CouponRuleContext, CouponRuleResult> test) {
        return new CouponRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CouponRuleResult test(CouponRuleContext context) {
                return test.apply(context);
            }
        };
    }

    @Test
    void a_discovered_rule_decides_whether_a_coupon_of_a_template_naming_it_applies_and_explains_why() {
        // given
        CouponId id = f.give(li, f.amountOff("three-items", "0.00", "5.00").withRules(TestCouponRules.ThreeItems.NAME));

        // when
        CouponEvaluation two = f.coupons.evaluate(f.tenant, li, cart("0.00", line("tea-1", "tea", 2, "10.00")), null, List.of(id));
        CouponEvaluation three = f.coupons.evaluate(f.tenant, li, cart("0.00", line("tea-1", "tea", 3, "10.00")), null, List.of(id));

        // then
        assertThat(two.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.RULE);
            assertThat(r.explanation()).contains("test-three-items", "needs at least 3 items, the cart has 2");
        });
        assertThat(three.applied()).singleElement().satisfies(a -> assertThat(a.discount()).isEqualTo(CouponFixture.cny("5.00")));
    }

    @Test
    void a_rule_given_to_the_builder_wins_over_a_discovered_rule_of_the_same_name() {
        // given
        CouponService strict = Crm.builder().storage(storage()).clock(f.clock)
                .couponRule(named(TestCouponRules.ThreeItems.NAME, c -> CouponRuleResult.refuse("closed today"))).build().coupons();
        CouponId id = f.give(li, f.amountOff("three-items", "0.00", "5.00").withRules(TestCouponRules.ThreeItems.NAME));

        // when
        CouponEvaluation result = strict.evaluate(f.tenant, li, cart("0.00", line("tea-1", "tea", 3, "10.00")), null, List.of(id));

        // then
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.explanation()).contains("closed today"));
    }

    @Test
    void a_template_naming_an_unknown_rule_is_refused_when_defined() {
        // given
        CouponTemplate unknown = f.amountOff("mystery", "0.00", "5.00").withRules("no-such-rule");

        // when / then
        assertThatThrownBy(() -> f.coupons.defineTemplate(unknown)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no-such-rule").hasMessageContaining("couponRule");
        assertThat(f.coupons.template(f.tenant, "mystery")).isEmpty();
    }

    @Test
    void a_rule_that_fails_makes_its_coupon_not_apply_and_a_lock_locks_nothing() {
        // given
        Crm crm = Crm.builder().storage(storage()).clock(f.clock)
                .couponRule(named("broken", c -> {
                    throw new IllegalStateException("rule backend down");
                })).build();
        CouponService coupons = crm.coupons();
        coupons.defineTemplate(f.amountOff("fragile", "0.00", "5.00").withRules("broken"));
        CouponId id = coupons.issue(new IssueCoupon(f.tenant, li, "fragile", "fragile-li")).couponId();

        // when / then
        assertThat(coupons.evaluate(f.tenant, li, cart("0.00", line("tea-1", "tea", 1, "10.00")), null, List.of(id)).rejected())
                .singleElement().satisfies(r -> assertThat(r.explanation()).contains("broken", "rule backend down"));
        assertThatThrownBy(() -> coupons.lock(f.lockOf(li, "order-1", cart("0.00", line("tea-1", "tea", 1, "10.00")), id)))
                .isInstanceOf(CouponsNotApplicableException.class);
    }
}
