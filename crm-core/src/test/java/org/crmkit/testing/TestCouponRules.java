package org.crmkit.testing;

import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.offer.coupon.spi.CouponRuleContext;
import org.crmkit.offer.coupon.spi.CouponRuleResult;

/** Coupon rules for tests; {@link ThreeItems} is registered with ServiceLoader in the test resources. */
public final class TestCouponRules {

    private TestCouponRules() {}

    /** Allows a coupon on carts of at least three items. */
    public static final class ThreeItems implements CouponRule {

        /** The name templates use. */
        public static final String NAME = "test-three-items";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public CouponRuleResult test(CouponRuleContext context) {
            int items = context.cart().lines().stream().mapToInt(CartLine::quantity).sum();
            return items >= 3 ? CouponRuleResult.allow(items + " items, at least 3")
                    : CouponRuleResult.refuse("needs at least 3 items, the cart has " + items);
        }
    }
}
