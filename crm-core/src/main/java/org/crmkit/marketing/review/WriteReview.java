package org.crmkit.marketing.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * A customer reviews one line of an order they bought: 1 to 5 stars and a text.
 *
 * @param orderId the order, as recorded through {@code crm.commerce()}
 * @param sku the product: one of the order's lines
 * @param stars 1 to 5
 * @param text 1 to {@value #MAX_TEXT} characters, not blank; line breaks allowed
 * @param idempotencyKey 1 to 100 printable ASCII characters, unique per tenant; replaying it
 *     returns the first review
 * @since 0.2
 */
public record WriteReview(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String orderId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String sku,
        @Min(1) @Max(5) int stars,
        @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String text,
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey) {

    /** The longest review text, in characters. */
    public static final int MAX_TEXT = 2000;
}
