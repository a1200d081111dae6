package org.crmkit.tier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.crmkit.earning.OrderLine;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A paid order that counts towards the member's qualifying metric. It earns growth value by the
 * ladder's growth earning policy (its lines drive category and product multipliers). Recording
 * the same key twice does nothing.
 *
 * @param paid what was paid, not negative, at most 10^12 units, in the currency of the ladder's growth earning policy
 * @param paidAt when, not after now; null for now
 * @param lines the order lines, adding up to {@code paid}, or empty (null) to earn on {@code paid} as a whole
 * @since 0.1
 */
public record RecordTierPurchase(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 64) String orderId,
        @NotNull Money paid,
        @Nullable Instant paidAt,
        @Size(max = 500) List<@NotNull @Valid OrderLine> lines) {

    /** A purchase without order lines. */
    public RecordTierPurchase(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String idempotencyKey, String orderId,
            Money paid, Instant paidAt) {
        this(tenantId, customerId, programmeId, idempotencyKey, orderId, paid, paidAt, List.of());
    }
}
