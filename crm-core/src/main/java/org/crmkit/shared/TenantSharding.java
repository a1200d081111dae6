package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Splits tenants among the shards of a batch job by where their rows live, so that a job shard
 * reads from as few database nodes as possible and each node is read by as few job shards as
 * possible. A host that runs batch jobs for many tenants on {@code n} instances gives instance
 * {@code i} the tenants {@code tenantsOf(storage.placeTenants(all), i, n)} and runs each job tenant
 * by tenant, with the per-tenant form every batch job has: {@code loyalty().settleDue(tenant, 0, 1)},
 * {@code complaints().checkSlas(tenant, now, 0, 1)}, {@code tiers().assessToday(tenant, 0, 1)} (or
 * {@code tiers().assess(tenant, ...)} for a given day), {@code storedValue().expireDue(tenant, 0, 1)},
 * {@code coupons().settleDue(tenant, 0, 1)} and {@code sales().dueReminders(tenant, now, 0, 1)}
 * (segment walks, purchase walks, scoring and campaign sends take a tenant already). Every page of
 * those jobs names one tenant, so on Citus it is a router query to the worker holding that tenant;
 * the forms without a tenant page over every tenant and ask every worker for each page.
 *
 * <p>The rule, with {@code w} distinct nodes among the placements (numbered in name order):
 * <ul>
 *   <li>{@code n <= w}: node {@code k} goes whole to job shard {@code k mod n}, so each node is
 *       read by exactly one job shard;</li>
 *   <li>{@code n > w}: node {@code k} is shared by the job shards {@code k, k + w, k + 2w, ...}
 *       below {@code n}, each taking whole shard groups (by a hash of the group), so each job shard
 *       reads one node and each shard group is read by one job shard.</li>
 * </ul>
 * On one database (a single node) the tenants are spread by a stable hash of their ids. Every
 * tenant goes to exactly one job shard. Every instance must pass the same placements (the same
 * tenants) and the same {@code n}, as with any shard {@code i} of {@code n}.
 *
 * @since 0.2
 */
public final class TenantSharding {

    private TenantSharding() {}

    /**
     * The tenants job shard {@code shard} of {@code shards} takes, in id order.
     *
     * @param placements where each tenant's rows live ({@code CrmStorage.placeTenants})
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     */
    public static List<TenantId> tenantsOf(Collection<TenantPlacement> placements, int shard, int shards) {
        checkNotNull(placements, "placements");
        Shards.check(shard, shards);
        List<String> nodes = placements.stream().map(TenantPlacement::node).distinct().sorted().toList();
        return placements.stream()
                .filter(p -> jobShardOf(p, nodes, shards) == shard)
                .map(TenantPlacement::tenantId)
                .distinct()
                .sorted(Comparator.comparing(TenantId::value))
                .toList();
    }

    private static int jobShardOf(TenantPlacement placement, List<String> nodes, int shards) {
        int w = nodes.size();
        int node = nodes.indexOf(placement.node());
        if (shards <= w) {
            return node % shards;
        }
        int jobShardsOfNode = (shards - node + w - 1) / w; // the job shards j < shards with j mod w == node
        int group = Hashing.murmur3_32_fixed().hashLong(placement.shardGroup()).asInt();
        return node + w * Math.floorMod(group, jobShardsOfNode);
    }
}
