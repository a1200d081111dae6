package org.crmkit.marketing.journey;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Defines or replaces a journey. Defining it again with other settings applies them from the next
 * run; what fired stays fired, and the journey keeps the time it was first defined.
 *
 * @param journeyId 1 to 64 printable ASCII characters, unique per tenant
 * @param days what the trigger counts in days (see {@link JourneyTrigger}), 0 to 366
 * @param threshold the P(alive) below which {@link JourneyTrigger#P_ALIVE_BELOW} fires, 0 to 1; null for other triggers
 * @param programmeId the programme whose tiers or points {@link JourneyTrigger#TIER_WILL_DROP} and
 *     {@link JourneyTrigger#POINTS_EXPIRING} watch; null for other triggers
 * @param channel the name of a {@link org.crmkit.marketing.MessageChannel}
 * @param content the message, 1 to 2,000 characters
 * @param couponTemplateId a coupon template to issue with the message (a win-back offer), or null
 * @param windowDays a customer gets the journey at most once in each window of this many days (windows
 *     start at the tenant's midnight, counted from 1970-01-01); {@link JourneyTrigger#FIRST_PURCHASE}
 *     fires once per customer whatever the window; 1 to 3,660
 * @since 0.2
 */
public record DefineJourney(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String journeyId,
        @NotNull JourneyTrigger trigger,
        @Min(0) @Max(366) int days,
        @Nullable @DecimalMin("0") @DecimalMax("1") BigDecimal threshold,
        @Nullable ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 64) String channel,
        @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String content,
        @Nullable @Size(min = 1, max = 64) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
                String couponTemplateId,
        @Min(1) @Max(3660) int windowDays) {}
