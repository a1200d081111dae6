package org.crmkit.marketing.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.crmkit.segment.Segment;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Launches a campaign: snapshots the segment's members now, holds out a random control group of
 * {@code controlShare} of them, and schedules a message (with the offer) to the rest.
 *
 * @param campaignId 1 to 64 printable ASCII characters, unique per tenant; launching again with
 *     the same id and content returns the first launch
 * @param name 1 to 200 characters on one line
 * @param channel the name of a {@link org.crmkit.marketing.MessageChannel}
 * @param content the message, 1 to 2,000 characters
 * @param controlShare the share held out, at least 0 and less than 1
 * @param seed the seed of the random holdout: the same seed puts the same customers in control
 * @param attributionDays purchases count for the campaign from launch to the tenant's midnight
 *     ending the {@code attributionDays}-th day after the launch day, 1 to 366
 * @param sendAt the earliest moment to send, or null for at once
 * @param quietHours when nothing is sent, in the tenant's zone, or null
 * @param frequencyCap how many campaign messages a customer may get in a period, or null
 * @since 0.2
 */
public record LaunchCampaign(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String campaignId,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String name,
        @NotNull Segment segment,
        @NotNull @Size(min = 1, max = 64) String channel,
        @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String content,
        @NotNull @Valid CampaignOffer offer,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal controlShare,
        long seed,
        @Min(1) @Max(366) int attributionDays,
        @Nullable Instant sendAt,
        @Nullable QuietHours quietHours,
        @Nullable @Valid FrequencyCap frequencyCap) {

    /** A campaign sent at once, without quiet hours or a cap. */
    public static LaunchCampaign of(TenantId tenantId, String campaignId, String name, Segment segment, String channel, String content,
            CampaignOffer offer, BigDecimal controlShare, long seed, int attributionDays) {
        return new LaunchCampaign(tenantId, campaignId, name, segment, channel, content, offer, controlShare, seed, attributionDays, null,
                null, null);
    }
}
