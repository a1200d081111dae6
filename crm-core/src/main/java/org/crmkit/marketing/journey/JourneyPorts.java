package org.crmkit.marketing.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.tier.TierService;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * What journeys read besides their own port: customers (consent), first purchases, value scores,
 * tiers and points balances; and coupons, for win-back offers.
 *
 * @since 0.2
 */
public record JourneyPorts(Journeys journeys, CustomerRepository customers, Purchases purchases, CustomerValues values, TierService tiers,
        LoyaltyService loyalty, CouponService coupons) {

    /** Checks that every part is there. */
    public JourneyPorts {
        checkNotNull(journeys, "journeys");
        checkNotNull(customers, "customers");
        checkNotNull(purchases, "purchases");
        checkNotNull(values, "values");
        checkNotNull(tiers, "tiers");
        checkNotNull(loyalty, "loyalty");
        checkNotNull(coupons, "coupons");
    }
}
