package org.crmkit.value.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a purchase: what was bought and what was paid for it after discounts.
 *
 * @param sku the product, 1 to 64 characters
 * @param category the product category, up to 64 characters, or null
 * @param quantity how many, 1 to 1,000,000
 * @param paid what the customer paid for the line, in the order's currency
 * @since 0.1
 */
public record PurchaseItem(
        @NotNull @Size(min = 1, max = 64) String sku,
        @Size(max = 64) @Nullable String category,
        @Min(1) @Max(1_000_000) int quantity,
        @NotNull Money paid) {

    /** One unit of {@code sku} in {@code category}. */
    public static PurchaseItem of(String sku, String category, Money paid) {
        return new PurchaseItem(sku, category, 1, paid);
    }
}
