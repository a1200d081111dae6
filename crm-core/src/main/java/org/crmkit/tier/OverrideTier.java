package org.crmkit.tier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Sets a member's tier by hand until {@code until}, whatever the metric says.
 *
 * @param tierCode a tier of the ladder
 * @param reason why, 1 to 500 characters
 * @param actor who, 1 to 100 characters
 * @param until when the override ends, after now
 * @since 0.1
 */
public record OverrideTier(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotBlank @Size(max = 32) String tierCode,
        @NotBlank @Size(max = 500) String reason,
        @NotBlank @Size(max = 100) String actor,
        @NotNull Instant until) {}
