package org.crmkit.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TextRules;

/**
 * The order a case is about, and the items of it concerned (empty for the whole order).
 *
 * @param orderId the host's order id, 1 to 128 printable ASCII characters
 * @param items the host's item or line ids, at most 100
 * @since 0.1
 */
public record OrderLink(
        @NotBlank @Size(max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String orderId,
        @Size(max = 100) List<@NotBlank @Size(max = 128) String> items) {

    /** Checks and normalises the components as the record's description says. */
    public OrderLink {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The whole order, or the given items of it. */
    public static OrderLink of(String orderId, String... items) {
        return new OrderLink(orderId, List.of(items));
    }
}
