package org.crmkit.offer.coupon;

import org.crmkit.shared.RuleViolationException;

/**
 * A commit or release found the order's lock no longer open: released, timed out, committed or refunded.
 *
 * @since 0.2
 */
public class CouponLockNotOpenException extends RuleViolationException {

    /** Says which order's lock and in what state. */
    public CouponLockNotOpenException(String message) {
        super(message);
    }
}
