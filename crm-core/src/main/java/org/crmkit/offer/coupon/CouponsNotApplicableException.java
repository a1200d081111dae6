package org.crmkit.offer.coupon;

import java.util.List;
import java.util.stream.Collectors;
import org.crmkit.shared.RuleViolationException;

/**
 * A lock was refused because some of its coupons do not apply to the cart; nothing was locked.
 *
 * @since 0.2
 */
public class CouponsNotApplicableException extends RuleViolationException {

    /** See {@link #rejected()}. */
    private final List<RejectedCoupon> rejected;

    /** The lock for {@code orderReference} was refused for the {@code rejected} coupons. */
    public CouponsNotApplicableException(String orderReference, List<RejectedCoupon> rejected) {
        super("cannot lock coupons for order '" + orderReference + "': " + rejected.stream()
                .map(r -> r.couponId() + " " + r.reason() + " (" + r.explanation() + ")").collect(Collectors.joining("; "))
                + "; nothing was locked; drop these coupons and lock again");
        this.rejected = List.copyOf(rejected);
    }

    /** The coupons that do not apply, with why. */
    public List<RejectedCoupon> rejected() {
        return rejected;
    }
}
