package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reads a crmkit schema the way an auditor would: every text-like column (CHAR, VARCHAR, CLOB, TEXT,
 * JSON) of every table named crm_* except Flyway's history, from the information schema, and
 * which of their values contain given strings.
 */
final class SchemaScan {

    /** A text column, named as the database reports it. */
    record TextColumn(String table, String column, String type) {
        @Override
        public String toString() {
            return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT) + " (" + type + ")";
        }
    }

    private SchemaScan() {}

    /** Every text-like column of every crmkit table in the connection's current schema. */
    static List<TextColumn> textColumns(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT table_name, column_name, data_type FROM information_schema.columns"
                        + " WHERE LOWER(table_schema) = LOWER(?) AND LOWER(table_name) LIKE 'crm%' AND LOWER(table_name) <> ?"
                        + " ORDER BY table_name, ordinal_position")) {
            s.setString(1, c.getSchema());
            s.setString(2, JdbcStorage.HISTORY_TABLE);
            List<TextColumn> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    if (type.contains("char") || type.contains("text") || type.contains("clob") || type.contains("json")
                            || type.contains("large object")) {
                        columns.add(new TextColumn(rs.getString(1), rs.getString(2), type));
                    }
                }
            }
            return columns;
        }
    }

    /** "table.column: value" for every value of every text column that contains one of {@code needles}. */
    static List<String> holders(DataSource dataSource, List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        String anyNeedle = String.join(" OR ", Collections.nCopies(needles.size(), "CAST(%1$s AS VARCHAR(100000)) LIKE ?"));
        for (TextColumn col : textColumns(dataSource)) {
            String sql = "SELECT CAST(%1$s AS VARCHAR(100000)) FROM " + col.table() + " WHERE " + anyNeedle;
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(String.format(sql, col.column()))) {
                for (int i = 0; i < needles.size(); i++) {
                    s.setString(i + 1, "%" + needles.get(i) + "%");
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(col + ": " + rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** The rows of {@code sql}, each as one string, in the query's order. */
    static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
            return rows;
        }
    }
}
