package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One customer of a campaign's snapshotted audience.
 *
 * @param control whether the customer was held out
 * @param settledAt when the send was settled (sent, failed or skipped), or null while pending or held out
 * @param reason why a send failed, or null
 * @since 0.2
 */
public record CampaignMember(TenantId tenantId, String campaignId, CustomerId customerId, boolean control, SendStatus status,
        @Nullable Instant settledAt, @Nullable String reason) {

    /** Checks that the status fits the group. */
    public CampaignMember {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(campaignId, "campaignId");
        checkNotNull(customerId, "customerId");
        checkNotNull(status, "status");
        checkArgument(control == (status == SendStatus.HELD_OUT), "control members and only they are held out, but got %s", status);
        checkArgument((settledAt == null) == (status == SendStatus.PENDING || status == SendStatus.HELD_OUT),
                "a settled send has a time and only it, but got %s at %s", status, settledAt);
    }

    /** A new member of the snapshot. */
    static CampaignMember snapshotted(TenantId tenantId, String campaignId, CustomerId customerId, boolean control) {
        return new CampaignMember(tenantId, campaignId, customerId, control, control ? SendStatus.HELD_OUT : SendStatus.PENDING, null, null);
    }

    /** This pending member, settled. */
    CampaignMember settled(SendStatus outcome, Instant at, @Nullable String why) {
        return new CampaignMember(tenantId, campaignId, customerId, false, outcome, at, why);
    }

    /** The shard key: a non-negative hash of the customer id, the same in every store. */
    public static int shardKey(CustomerId customerId) {
        return customerId.value().hashCode() & 0x7fffffff;
    }
}
