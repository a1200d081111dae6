package org.crmkit.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;

/**
 * Where Citus keeps each tenant's rows: the shard of the anchor table ({@value
 * CitusSchema#ANCHOR}) that the tenant's id hashes to, and the worker holding that shard. Every
 * crmkit table is colocated with the anchor, so that shard's group holds every row of the tenant.
 * One statement on the coordinator's metadata, whatever the number of tenants; a shard with
 * several placements is placed on the first primary node by name and port.
 */
final class CitusPlacements {

    private static final String PLACE = "SELECT t.tenant, s.shardid, n.nodename, n.nodeport"
            + " FROM unnest(?::text[]) WITH ORDINALITY AS t(tenant, ord)"
            + " CROSS JOIN LATERAL (SELECT get_shard_id_for_distribution_column(?::regclass, t.tenant) AS shardid) s"
            + " JOIN pg_dist_placement p ON p.shardid = s.shardid"
            + " JOIN pg_dist_node n ON n.groupid = p.groupid AND n.noderole = 'primary' AND n.isactive"
            + " ORDER BY t.ord, n.nodename, n.nodeport";

    private CitusPlacements() {}

    static List<TenantPlacement> place(DataSource dataSource, TableNames names, Collection<TenantId> tenants) {
        List<TenantId> distinct = tenants.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<String, TenantPlacement> placed = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PLACE)) {
            Array ids = c.createArrayOf("text", distinct.stream().map(TenantId::value).toArray());
            s.setArray(1, ids);
            s.setString(2, names.statement(CitusSchema.ANCHOR));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String tenant = rs.getString(1);
                    placed.putIfAbsent(tenant, new TenantPlacement(TenantId.of(tenant), rs.getString(3) + ":" + rs.getInt(4), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read where Citus places " + distinct.size() + " tenants: " + e.getMessage(), e);
        }
        if (placed.size() != distinct.size()) {
            throw new StorageException("Citus placed " + placed.size() + " of " + distinct.size() + " tenants: is "
                    + names.statement(CitusSchema.ANCHOR) + " distributed, with every shard on an active primary node?", null);
        }
        return List.copyOf(placed.values());
    }
}
