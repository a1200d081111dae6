package org.crmkit.offer.mall;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * A customer redeems units of a catalogue item for points (and the item's cash part, which the host
 * collects).
 *
 * @param itemCode the item
 * @param quantity units, 1 to {@value #MAX_QUANTITY}
 * @param idempotencyKey 1 to 100 printable ASCII characters, unique per tenant; replaying it returns
 *     the first order. The points are spent under the ledger key {@code mall:} followed by it.
 * @since 0.2
 */
public record RedeemReward(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 64) String itemCode,
        @Positive @Max(MAX_QUANTITY) int quantity,
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey) {

    /** The most units one redemption may ask for. */
    public static final int MAX_QUANTITY = 1000;
}
