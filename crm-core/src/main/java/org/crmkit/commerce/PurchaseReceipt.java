package org.crmkit.commerce;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.tier.TierStatus;
import org.crmkit.value.history.Purchase;

/**
 * What recording a purchase, a refund or a cancellation did in every context.
 *
 * @param purchase the purchase as stored after the call
 * @param replay true if the fact was recorded before and this call changed nothing
 * @param points what the loyalty ledger did (on a replay, its first receipt), if the purchase's
 *     programme is defined
 * @param tier the member's tier after the call, if the purchase's programme has a tier ladder
 * @param stage the lifecycle stage the customer moved to, if the call moved them
 * @param rewardCoupons for a purchase, the coupons the tenant's purchase rewards (购物返券) gave for
 *     it (on a replay, those given the first time); for a refund or cancellation, empty
 * @since 0.1
 */
public record PurchaseReceipt(Purchase purchase, boolean replay, Optional<PointsReceipt> points, Optional<TierStatus> tier,
        Optional<LifecycleStage> stage, List<Coupon> rewardCoupons) {

    /** Checks and normalises the components as the record's description says. */
    public PurchaseReceipt {
        checkNotNull(purchase, "purchase");
        checkNotNull(points, "points");
        checkNotNull(tier, "tier");
        checkNotNull(stage, "stage");
        rewardCoupons = List.copyOf(rewardCoupons);
    }

    /** A receipt without reward coupons, as before purchase rewards existed. */
    public PurchaseReceipt(Purchase purchase, boolean replay, Optional<PointsReceipt> points, Optional<TierStatus> tier,
            Optional<LifecycleStage> stage) {
        this(purchase, replay, points, tier, stage, List.of());
    }
}
