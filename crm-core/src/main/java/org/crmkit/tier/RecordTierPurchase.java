package org.crmkit.tier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.loyalty.ProgrammeId;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A paid order that counts towards the member's qualifying metric. Recording the same key twice
 * does nothing.
 *
 * @param paid what was paid, not negative, at most 10^12 units
 * @param paidAt when, not after now; null for now
 * @since 0.1
 */
public record RecordTierPurchase(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[\\x21-\\x7E]*", message = "must be printable ASCII characters without spaces") String idempotencyKey,
        @NotBlank @Size(max = 64) String orderId,
        @NotNull Money paid,
        Instant paidAt) {}
