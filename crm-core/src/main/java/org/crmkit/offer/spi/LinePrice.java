package org.crmkit.offer.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.Money;

/**
 * A cart line's unit price for one member, and why.
 *
 * @param unitPrice the member's price of one unit, between zero and the list price
 * @param reason why, in words (e.g. {@code "GOLD member price: 5% off 100.00"}, {@code "list price"})
 * @since 0.2
 */
public record LinePrice(Money unitPrice, String reason) {

    /** Checks that both components are present. */
    public LinePrice {
        checkNotNull(unitPrice, "unitPrice");
        checkNotNull(reason, "reason");
    }
}
