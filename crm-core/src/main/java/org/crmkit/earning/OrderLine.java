package org.crmkit.earning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a purchase, for category and product multipliers.
 *
 * @param sku the product, up to 64 characters
 * @param category the product category, up to 64 characters, or null
 * @param paid what the customer paid for the line, after discounts
 * @since 0.1
 */
public record OrderLine(@NotNull @Size(min = 1, max = 64) String sku, @Size(max = 64) @Nullable String category, @NotNull Money paid) {}
