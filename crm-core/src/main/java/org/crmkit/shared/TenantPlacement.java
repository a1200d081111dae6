package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;

/**
 * Where one tenant's rows live: the database node that holds them and the group of shards on it.
 * Every row of a tenant, whatever its table, lives in one shard group on one node, so a batch job
 * that takes whole tenants reads from the nodes of its tenants only ({@link TenantSharding}).
 *
 * @param tenantId the tenant
 * @param node the node holding the tenant's rows: {@code host:port} of a Citus worker, or {@value
 *     #ONE_DATABASE} when one database holds every tenant
 * @param shardGroup the tenant's group of colocated shards on that node: on Citus the shard id of the
 *     tenant's customer table shard, on one database a stable hash of the tenant id
 * @since 0.2
 */
public record TenantPlacement(TenantId tenantId, String node, long shardGroup) {

    /** The node of every tenant when one database holds them all (the in-memory store, H2, one PostgreSQL). */
    public static final String ONE_DATABASE = "local";

    /** @throws IllegalArgumentException if {@code node} is blank */
    public TenantPlacement {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(node, "node");
        checkArgument(!node.isBlank(), "the node of tenant %s must not be blank", tenantId);
    }

    /**
     * The placement of a tenant in a store that is one database: node {@value #ONE_DATABASE}, shard
     * group a hash of the tenant id that every instance computes alike.
     */
    public static TenantPlacement onOneDatabase(TenantId tenantId) {
        checkNotNull(tenantId, "tenantId");
        return new TenantPlacement(tenantId, ONE_DATABASE, Hashing.murmur3_32_fixed().hashUnencodedChars(tenantId.value()).asInt() & 0xffffffffL);
    }
}
