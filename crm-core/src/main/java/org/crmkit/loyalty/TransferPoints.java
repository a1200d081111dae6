package org.crmkit.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Gives points to another member of the same tenant (family sharing), atomically. The receiver's
 * lots keep the expiry of the giver's.
 *
 * @param customerId the giver
 * @param recipientId the receiver, not the giver
 * @param points 1 to 10^12
 * @param reason why, up to 500 characters, or null
 * @since 0.1
 */
public record TransferPoints(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotNull CustomerId recipientId,
        @Positive @Max(Limits.MAX_POINTS) long points,
        @Size(max = 500) @Nullable String reason) {}
