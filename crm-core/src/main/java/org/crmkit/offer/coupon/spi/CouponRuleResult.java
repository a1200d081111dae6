package org.crmkit.offer.coupon.spi;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A {@link CouponRule}'s answer.
 *
 * @param allowed whether the coupon may apply
 * @param explanation why, in words, shown to the caller when the coupon is refused
 * @since 0.2
 */
public record CouponRuleResult(boolean allowed, String explanation) {

    /** Checks the explanation is present. */
    public CouponRuleResult {
        checkNotNull(explanation, "explanation");
    }

    /** The coupon may apply. */
    public static CouponRuleResult allow(String explanation) {
        return new CouponRuleResult(true, explanation);
    }

    /** The coupon does not apply, for the reason given. */
    public static CouponRuleResult refuse(String explanation) {
        return new CouponRuleResult(false, explanation);
    }
}
