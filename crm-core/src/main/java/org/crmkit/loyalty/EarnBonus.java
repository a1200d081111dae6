package org.crmkit.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Credits the programme's fixed bonus for an event (sign-up, birthday, review, referral), available
 * at once. A birthday bonus is refused unless today, in the programme's zone, is the customer's
 * birthday.
 *
 * @param event the event; its points come from {@link EarningPolicy#bonuses()}
 * @param reference what earned it (the review id, the referred customer), or null
 * @since 0.1
 */
public record EarnBonus(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotNull BonusEvent event,
        @Size(max = 128) @Nullable String reference) {}
