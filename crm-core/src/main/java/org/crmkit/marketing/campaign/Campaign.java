package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A launched campaign, as {@link LaunchCampaign} asked for it, with its audience counted.
 *
 * @param segment the segment's name and the description of its criterion, as launched
 * @param sendAt the earliest moment to send (the launch when the command gave none)
 * @param launchedAt when the audience was snapshotted
 * @param targets customers in the target group
 * @param controls customers held out
 * @since 0.2
 */
public record Campaign(
        TenantId tenantId,
        String campaignId,
        String name,
        String segment,
        String channel,
        String content,
        CampaignOffer offer,
        BigDecimal controlShare,
        long seed,
        int attributionDays,
        Instant sendAt,
        @Nullable QuietHours quietHours,
        @Nullable FrequencyCap frequencyCap,
        Instant launchedAt,
        long targets,
        long controls) {

    /** Checks the required parts. */
    public Campaign {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(campaignId, "campaignId");
        checkNotNull(name, "name");
        checkNotNull(segment, "segment");
        checkNotNull(channel, "channel");
        checkNotNull(content, "content");
        checkNotNull(offer, "offer");
        checkNotNull(controlShare, "controlShare");
        checkNotNull(sendAt, "sendAt");
        checkNotNull(launchedAt, "launchedAt");
        checkArgument(targets >= 0 && controls >= 0, "counts must be >= 0 but were %s and %s", targets, controls);
    }

    /**
     * The end of the attribution window: the tenant's midnight that ends the {@link
     * #attributionDays()}-th day after the launch day in {@code zone}. The window starts at {@link
     * #launchedAt()}, for both groups.
     */
    public Instant attributionEnd(ZoneId zone) {
        LocalDate launchDay = launchedAt.atZone(zone).toLocalDate();
        return launchDay.plusDays(attributionDays + 1L).atStartOfDay(zone).toInstant();
    }

    /** Whether the command asks for this campaign as launched (the audience aside). */
    boolean sameAs(Campaign other) {
        return campaignId.equals(other.campaignId) && name.equals(other.name) && segment.equals(other.segment)
                && channel.equals(other.channel) && content.equals(other.content) && offer.equals(other.offer)
                && controlShare.compareTo(other.controlShare) == 0 && seed == other.seed && attributionDays == other.attributionDays
                && java.util.Objects.equals(quietHours, other.quietHours) && java.util.Objects.equals(frequencyCap, other.frequencyCap);
    }
}
