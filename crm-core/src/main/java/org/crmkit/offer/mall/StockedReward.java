package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue item with its stock counter, as the store keeps them.
 *
 * @param item the item's definition
 * @param reserved units held by its orders that are not cancelled
 * @since 0.2
 */
public record StockedReward(RewardItem item, long reserved) {

    /** Checks the components as the record's description says. */
    public StockedReward {
        checkNotNull(item, "item");
        checkArgument(reserved >= 0, "reserved must not be negative but was %s", reserved);
    }

    /** Units left to redeem (never negative, even when the stock was lowered below what is reserved), or null for unlimited. */
    public @Nullable Long left() {
        return item.stock() == null ? null : Math.max(0, item.stock() - reserved);
    }

    /** Whether {@code quantity} more units can be reserved. */
    public boolean hasLeft(long quantity) {
        return item.stock() == null || reserved + quantity <= item.stock();
    }
}
