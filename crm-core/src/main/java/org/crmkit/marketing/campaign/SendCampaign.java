package org.crmkit.marketing.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Sends what is due of a campaign, shard {@code shard} of {@code shards} of its target group (by a
 * hash of the customer id). Safe to repeat and to run for several shards, or the same shard, at once.
 *
 * @param shard 0 to {@code shards - 1}
 * @param shards 1 to 1,024
 * @since 0.2
 */
public record SendCampaign(
        @NotNull TenantId tenantId, @NotNull @Size(min = 1, max = 64) String campaignId, @Min(0) int shard, @Positive @Max(1024) int shards) {}
