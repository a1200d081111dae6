package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Every row the ledger keeps for one tenant (accounts, lots, holds, entries, receipts, counters)
 * and its outbox events, as sorted lines of text, read on a connection of its own.
 */
final class LedgerSnapshot {

    /** The ledger's tables. */
    static final List<String> TABLES = List.of(
            "crm_points_account", "crm_points_lot", "crm_points_hold", "crm_points_entry", "crm_points_receipt", "crm_counter");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A request fingerprint written inside a document (a sales command's digests its tenant and ids). */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    /**
     * Columns derived from generated ids, left out when normalising: an account's shard hash, a
     * request fingerprint, a random reward code, a case's shard bucket, a timeline entry's id.
     */
    private static final Set<String> GENERATED_COLUMNS = Set.of("shard_hash", "fingerprint", "reward_code", "bucket",
            "entry_id");

    private LedgerSnapshot() {}

    /** The tenant's rows exactly as stored. */
    static List<String> of(DataSource database, TenantId tenant) {
        return of(database, tenant, TABLES);
    }

    /** The tenant's rows of {@code tables} and its outbox events exactly as stored. */
    static List<String> of(DataSource database, TenantId tenant, List<String> tables) {
        return read(database, tenant, false, tables);
    }

    /**
     * The tenant's rows with the tenant, the customers (as c0, c1, ...) and every generated id
     * replaced by placeholders, so that two tenants that went through the same operations compare
     * equal. The outbox's sequence number and the {@link #GENERATED_COLUMNS} (which depend on the ids)
     * are left out, and fingerprints inside documents masked.
     */
    static List<String> normalised(DataSource database, TenantId tenant, List<CustomerId> customers) {
        return normalised(database, tenant, customers, TABLES);
    }

    /**
     * The tenant's rows of {@code tables} and its outbox events normalised as {@link
     * #normalised(DataSource, TenantId, List)} says; random reward codes are left out too.
     */
    static List<String> normalised(DataSource database, TenantId tenant, List<CustomerId> customers, List<String> tables) {
        List<String> rows = new ArrayList<>();
        for (String row : read(database, tenant, true, tables)) {
            String text = row.replace(tenant.value(), "T");
            for (int i = 0; i < customers.size(); i++) {
                text = text.replace(customers.get(i).value(), "c" + i);
            }
            rows.add(DIGEST.matcher(UUID.matcher(text).replaceAll("<id>")).replaceAll("<digest>"));
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> read(DataSource database, TenantId tenant, boolean normalising, List<String> tables) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String table : tables) {
                readTable(c, table, "SELECT * FROM " + table + " WHERE tenant_id = ?", tenant, normalising, rows);
            }
            readTable(c, "crm_outbox", "SELECT event_type, aggregate_id, occurred_at, payload FROM crm_outbox WHERE tenant_id = ?",
                    tenant, normalising, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the ledger of " + tenant, e);
        }
        rows.sort(null);
        return rows;
    }

    private static void readTable(Connection c, String table, String sql, TenantId tenant, boolean normalising, List<String> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        if (normalising && GENERATED_COLUMNS.contains(column)) {
                            continue;
                        }
                        row.append(' ').append(column).append('=').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
    }
}
