package org.crmkit.offer;

import org.crmkit.shared.Money;

/**
 * One cart line as the quote priced it.
 *
 * @param sku the product
 * @param category the product's category, or null
 * @param quantity how many
 * @param listUnitPrice the list price of one unit
 * @param memberUnitPrice the member's price of one unit
 * @param memberAmount the member's price times the quantity
 * @param reason why the member price is what it is
 * @since 0.2
 */
public record QuotedLine(
        String sku, @org.jspecify.annotations.Nullable String category, int quantity, Money listUnitPrice, Money memberUnitPrice,
        Money memberAmount, String reason) {}
