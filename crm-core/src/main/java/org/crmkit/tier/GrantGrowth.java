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
import org.crmkit.shared.TextRules;

/**
 * Growth value for an activity (a review, a sign-in day, a completed profile).
 *
 * @param points 1 to 10^9
 * @param reason what earned it, 1 to 200 characters
 * @since 0.1
 */
public record GrantGrowth(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String idempotencyKey,
        @Positive @Max(1_000_000_000L) long points,
        @NotBlank @Size(max = 200) String reason) {}
