package org.crmkit.offer.coupon.spi;

/**
 * A condition the built-in coupon checks cannot express (first order only, weekdays only, a
 * minimum number of items, a channel), which a template names in its {@code rules}. When a coupon
 * of such a template is evaluated, after the built-in checks passed, each named rule is asked; a
 * rule that refuses (or throws) makes the coupon not apply, with the rule's explanation.
 *
 * <p>A stable SPI contract. Register with {@code
 * META-INF/services/org.crmkit.offer.coupon.spi.CouponRule} or {@code Crm.builder().couponRule(...)}
 * (an explicit rule beats a discovered one of the same name). Implementations must be thread-safe,
 * fast and free of side effects: they run inside the unit of work that locks coupons at checkout.
 *
 * @since 0.2
 */
public interface CouponRule {

    /** The name templates use to name this rule, 1 to 64 characters, unique among the rules of an instance. */
    String name();

    /**
     * Whether a coupon may apply to the cart.
     *
     * @param context the coupon's template, the customer, the cart and the time; nothing else
     * @return allowed or refused, with an explanation either way
     */
    CouponRuleResult test(CouponRuleContext context);
}
