package org.crmkit.marketing.journey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Runs a journey over shard {@code shard} of {@code shards} of the tenant's customers (by {@link
 * org.crmkit.shared.CustomerId#inShard}). Safe to repeat and to run for several shards at once.
 *
 * @param shard 0 to {@code shards - 1}
 * @param shards 1 to 1,024
 * @since 0.2
 */
public record RunJourney(
        @NotNull TenantId tenantId, @NotNull @Size(min = 1, max = 64) String journeyId, @Min(0) int shard, @Positive @Max(1024) int shards) {}
