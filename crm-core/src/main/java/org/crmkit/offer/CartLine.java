package org.crmkit.offer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.crmkit.shared.Money;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * One line of a basket at list price, before any offer.
 *
 * @param sku the product, not blank, up to 64 characters on one line
 * @param category the product's category, up to 64 characters, or null
 * @param quantity how many, 1 to 10,000
 * @param unitPrice the list price of one unit, not negative
 * @since 0.2
 */
public record CartLine(
        @NotBlank @Size(max = 64) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String sku,
        @Size(max = 64) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) @Nullable String category,
        @Positive @Max(10_000) int quantity,
        @NotNull Money unitPrice) {

    /** The line's list amount: the unit price times the quantity. */
    public Money listAmount() {
        return Money.of(unitPrice.amount().multiply(BigDecimal.valueOf(quantity)), unitPrice.currency());
    }
}
