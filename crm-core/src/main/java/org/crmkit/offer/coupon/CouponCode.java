package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.TenantId;

/**
 * A claim code of a template.
 *
 * @param claimLimit how many customers may claim it, at least 1
 * @since 0.2
 */
public record CouponCode(TenantId tenantId, String code, String templateId, long claimLimit) {

    /** Checks the components. */
    public CouponCode {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(code, "code");
        checkNotNull(templateId, "templateId");
        checkArgument(claimLimit >= 1, "claimLimit must be >= 1 but was %s", claimLimit);
    }
}
