package org.crmkit.offer.mall;

import org.crmkit.shared.RuleViolationException;

/**
 * A redemption the catalogue refuses: the item is outside its window, kept for other tiers, sold
 * out, or the customer reached its limit. The message says which, what was asked and what is
 * allowed. Nothing was written.
 *
 * @since 0.2
 */
public class RewardUnavailableException extends RuleViolationException {

    /** See {@link #itemCode()}. */
    private final String itemCode;

    /** {@code itemCode} cannot be redeemed, for the reason {@code message} gives. */
    public RewardUnavailableException(String itemCode, String message) {
        super("reward item '" + itemCode + "' cannot be redeemed: " + message);
        this.itemCode = itemCode;
    }

    /** The item asked for. */
    public String itemCode() {
        return itemCode;
    }
}
