package org.crmkit.offer.coupon;

import org.crmkit.shared.RuleViolationException;

/**
 * A coupon cannot be issued: the template's stock is gone, the customer reached the per-customer
 * limit, the code was claimed as often as allowed, or the template's window has ended.
 *
 * @since 0.2
 */
public class CouponUnavailableException extends RuleViolationException {

    /** Says what was asked and why it is refused. */
    public CouponUnavailableException(String message) {
        super(message);
    }
}
