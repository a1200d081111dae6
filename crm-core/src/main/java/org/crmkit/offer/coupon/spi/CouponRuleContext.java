package org.crmkit.offer.coupon.spi;

import java.time.ZonedDateTime;
import org.crmkit.offer.Cart;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CouponRule} sees: only what it needs to decide.
 *
 * @param templateId the template of the coupon being evaluated
 * @param cart the cart at the prices coupons apply to
 * @param tierCode the customer's tier, or null
 * @param now the clock's now in the tenant's zone
 * @since 0.2
 */
public record CouponRuleContext(TenantId tenantId, CustomerId customerId, String templateId, Cart cart, @Nullable String tierCode,
        ZonedDateTime now) {}
