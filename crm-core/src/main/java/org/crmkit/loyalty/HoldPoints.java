package org.crmkit.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Reserves points to pay part of an order at checkout. Commit the hold when the order is paid,
 * release it when it is cancelled; an uncommitted hold releases itself after its time to live.
 *
 * @param points 1 to 10^12, a multiple of the programme's {@code multipleOf}, at least its minimum
 * @param orderReference the order being paid, 1 to 128 characters
 * @param payable the order's payable amount, not negative, in the programme's currency, to enforce
 *     the maximum share points may pay; or null
 * @param ttl how long the hold lives, positive, or null for the programme's {@code holdTtl}
 * @since 0.1
 */
public record HoldPoints(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @Positive @Max(Limits.MAX_POINTS) long points,
        @NotBlank @Size(max = 128) String orderReference,
        @Nullable Money payable,
        Duration ttl) {}
