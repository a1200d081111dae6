package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;

/** Every row the stored-value ledger keeps for one tenant, and its outbox events, as sorted lines of text read on a connection of its own. */
final class CardSnapshot {

    private static final List<String> TABLES = List.of("crm_card", "crm_card_entry", "crm_card_payment", "crm_card_receipt");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CardSnapshot() {}

    /** The tenant's rows exactly as stored. */
    static List<String> of(DataSource database, TenantId tenant) {
        return read(database, tenant, false);
    }

    /**
     * The tenant's rows with the tenant and every generated id replaced by placeholders, so that two
     * tenants that went through the same operations compare equal (shard hashes and request
     * fingerprints, which depend on the tenant, are left out).
     */
    static List<String> normalised(DataSource database, TenantId tenant) {
        List<String> rows = new ArrayList<>();
        for (String row : read(database, tenant, true)) {
            rows.add(UUID.matcher(row.replace(tenant.value(), "T")).replaceAll("<id>"));
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> read(DataSource database, TenantId tenant, boolean normalising) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String table : TABLES) {
                read(c, table, "SELECT * FROM " + table + " WHERE tenant_id = ?", tenant, normalising, rows);
            }
            read(c, "crm_outbox", "SELECT event_type, aggregate_id, occurred_at, payload FROM crm_outbox WHERE tenant_id = ?", tenant,
                    normalising, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the cards of " + tenant, e);
        }
        rows.sort(null);
        return rows;
    }

    private static void read(Connection c, String table, String sql, TenantId tenant, boolean normalising, List<String> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (normalising && (column.equals("shard_hash") || column.equals("fingerprint"))) {
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
