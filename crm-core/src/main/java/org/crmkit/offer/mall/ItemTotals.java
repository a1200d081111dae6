package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * What an item's orders that are not cancelled add up to, as the store sums them.
 *
 * @param itemCode the item
 * @param redemptions orders
 * @param units units in them
 * @param points points spent on them
 * @param cash cash collected for them, in the programme's currency
 * @since 0.2
 */
public record ItemTotals(String itemCode, long redemptions, long units, long points, BigDecimal cash) {

    /** Checks the components as the record's description says. */
    public ItemTotals {
        checkNotNull(itemCode, "itemCode");
        checkNotNull(cash, "cash");
    }
}
