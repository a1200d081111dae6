package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.TextRules;

/**
 * The id of one issued coupon, unique within its tenant.
 *
 * @param value 1 to 64 printable ASCII characters without spaces
 * @since 0.2
 */
public record CouponId(String value) {

    /** Checks the format as the record's description says. */
    public CouponId {
        checkNotNull(value, "coupon id must not be null");
        checkArgument(TextRules.isPrintableAscii(value, 64), "coupon id must be 1 to 64 printable ASCII characters without spaces but was '%s'",
                value.length() > 80 ? value.substring(0, 80) + "..." : value);
    }

    /** The id {@code value}. */
    public static CouponId of(String value) {
        return new CouponId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
