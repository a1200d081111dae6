package org.crmkit.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A manual correction: adds points (a new lot) or removes available points. Both need a reason
 * and an actor. Removing more than is available is refused.
 *
 * @param delta the change, non-zero, within +-10^12
 * @param reason why, 1 to 500 characters
 * @param actor who, 1 to 100 characters
 * @since 0.1
 */
public record AdjustPoints(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @Min(-Limits.MAX_POINTS) @Max(Limits.MAX_POINTS) long delta,
        @NotBlank @Size(max = 500) String reason,
        @NotBlank @Size(max = 100) String actor) {}
