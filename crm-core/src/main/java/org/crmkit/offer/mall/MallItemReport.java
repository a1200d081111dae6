package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue item's figures: its orders that are not cancelled (cancelled ones were refunded and
 * count nowhere), and its stock left.
 *
 * @param itemCode the item
 * @param name its name
 * @param redemptions orders
 * @param units units redeemed
 * @param pointsSpent points spent
 * @param cashCollected cash the host collected beside the points, in the programme's currency
 * @param stockLeft units left, or null for unlimited stock
 * @since 0.2
 */
public record MallItemReport(String itemCode, String name, long redemptions, long units, long pointsSpent, Money cashCollected,
        @Nullable Long stockLeft) {

    /** Checks the components as the record's description says. */
    public MallItemReport {
        checkNotNull(itemCode, "itemCode");
        checkNotNull(name, "name");
        checkNotNull(cashCollected, "cashCollected");
    }
}
