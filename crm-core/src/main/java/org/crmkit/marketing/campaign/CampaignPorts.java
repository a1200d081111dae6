package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.segment.SegmentService;
import org.crmkit.value.history.Purchases;

/**
 * What campaigns read and write besides their own port: customers (consent), the purchase history
 * (attribution), segments (the audience), coupons and points (the offer).
 *
 * @since 0.2
 */
public record CampaignPorts(Campaigns campaigns, CustomerRepository customers, Purchases purchases, SegmentService segments,
        CouponService coupons, LoyaltyService loyalty) {

    /** Checks that every part is there. */
    public CampaignPorts {
        checkNotNull(campaigns, "campaigns");
        checkNotNull(customers, "customers");
        checkNotNull(purchases, "purchases");
        checkNotNull(segments, "segments");
        checkNotNull(coupons, "coupons");
        checkNotNull(loyalty, "loyalty");
    }
}
