package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A mall order as the store keeps it for replays, with the fingerprint of the redemption that made it.
 *
 * @param fingerprint a digest of the {@link RedeemReward}; a replay must match it
 * @param order the order
 * @since 0.2
 */
public record StoredMallOrder(String fingerprint, MallOrder order) {

    /** Checks the components as the record's description says. */
    public StoredMallOrder {
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(order, "order");
    }
}
