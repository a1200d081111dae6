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

/**
 * Spends points on a reward with a points price (积分兑换), at once.
 *
 * @param points the reward's price, 1 to 10^12
 * @param rewardReference the reward, 1 to 128 characters
 * @since 0.1
 */
public record RedeemPoints(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @Positive @Max(Limits.MAX_POINTS) long points,
        @NotBlank @Size(max = 128) String rewardReference) {}
