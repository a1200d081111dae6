package org.crmkit.value;

import java.util.Optional;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.tier.TierStatus;

/**
 * What recording a purchase or a refund did.
 *
 * @param purchase the purchase as stored after the call
 * @param replay true if the call repeated an earlier one and changed nothing
 * @param points what the loyalty ledger did, if the purchase's programme has one
 * @param tier the member's tier after the call, if the purchase's programme has a tier ladder
 * @since 0.1
 */
public record PurchaseReceipt(Purchase purchase, boolean replay, Optional<PointsReceipt> points, Optional<TierStatus> tier) {}
