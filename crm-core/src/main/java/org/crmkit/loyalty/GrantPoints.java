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
 * Credits goodwill or compensation points (e.g. from a complaint's resolution). They are available
 * at once and expire by the programme's policy. Recorded as an EARN entry.
 *
 * @param points 1 to 10^12
 * @param reason why, 1 to 500 characters
 * @param reference the case or order it concerns, or null
 * @param actor who granted them, 1 to 100 characters
 * @since 0.1
 */
public record GrantPoints(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @Positive @Max(Limits.MAX_POINTS) long points,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 128) @Nullable String reference,
        @NotBlank @Size(max = 100) String actor) {}
