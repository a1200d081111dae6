package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * crmkit's schema as the database's own catalog describes it, one sorted line per fact: every
 * column (position, type, size, nullability, default, identity), constraint (with its columns,
 * check clause or referenced key), index (with its columns and, on PostgreSQL, its predicate),
 * trigger and function of the crm_* tables, Flyway's history table left out. Two schemas are the
 * same when their lines are.
 */
final class SchemaCatalog {

    private static final String CRM_TABLES = " LOWER(%1$s) LIKE 'crm\\_%%' ESCAPE '\\' AND LOWER(%1$s) <> '" + JdbcStorage.HISTORY_TABLE + "'";

    private static final String COLUMNS = "SELECT 'column', table_name, ordinal_position, column_name, data_type,"
            + " character_maximum_length, numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, is_identity"
            + " FROM information_schema.columns WHERE table_schema = ? AND" + crm("table_name");

    private static final String CONSTRAINTS = "SELECT 'constraint', tc.table_name, tc.constraint_name, tc.constraint_type,"
            + " cc.check_clause, rc.unique_constraint_name, rc.update_rule, rc.delete_rule"
            + " FROM information_schema.table_constraints tc"
            + " LEFT JOIN information_schema.check_constraints cc"
            + " ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name"
            + " LEFT JOIN information_schema.referential_constraints rc"
            + " ON rc.constraint_schema = tc.constraint_schema AND rc.constraint_name = tc.constraint_name"
            + " WHERE tc.table_schema = ? AND" + crm("tc.table_name");

    private static final String KEY_COLUMNS = "SELECT 'key column', table_name, constraint_name, ordinal_position, column_name"
            + " FROM information_schema.key_column_usage WHERE table_schema = ? AND" + crm("table_name");

    private static final String TRIGGERS = "SELECT 'trigger', event_object_table, trigger_name, event_manipulation, action_timing,"
            + " action_orientation FROM information_schema.triggers WHERE trigger_schema = ? AND"
            + crm("event_object_table");

    private static final String H2_INDEXES = "SELECT 'index', i.table_name, i.index_name, i.index_type_name, ic.ordinal_position,"
            + " ic.column_name, ic.ordering_specification, ic.null_ordering"
            + " FROM information_schema.indexes i JOIN information_schema.index_columns ic"
            + " ON ic.index_schema = i.index_schema AND ic.index_name = i.index_name AND ic.table_name = i.table_name"
            + " WHERE i.table_schema = ? AND" + crm("i.table_name");

    private static final String POSTGRES_INDEXES = "SELECT 'index', tablename, indexname, indexdef FROM pg_indexes"
            + " WHERE schemaname = ? AND" + crm("tablename");

    private static final String POSTGRES_FUNCTIONS = "SELECT 'function', routine_name, routine_type, data_type, external_language,"
            + " routine_definition FROM information_schema.routines WHERE routine_schema = ? AND" + crm("routine_name");

    private SchemaCatalog() {}

    /** The catalog lines of the crmkit schema in the data source's current schema, sorted. */
    static List<String> of(DataSource dataSource, Dialect dialect) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();
            for (String sql : List.of(COLUMNS, CONSTRAINTS, KEY_COLUMNS, TRIGGERS)) {
                lines.addAll(rows(c, sql, schema));
            }
            if (dialect == Dialect.H2) {
                lines.addAll(rows(c, H2_INDEXES, schema));
            } else {
                lines.addAll(rows(c, POSTGRES_INDEXES, schema));
                lines.addAll(rows(c, POSTGRES_FUNCTIONS, schema));
            }
        }
        // PostgreSQL 17 lists each NOT NULL as a CHECK constraint named after object ids, which
        // differ from one database to the next; the columns' is_nullable already says it
        lines.removeIf(line -> line.matches("(?s)(constraint|key column)\\|[^|]*\\|\\d+_\\d+_\\d+_not_null\\|.*"));
        // H2 names the indexes behind primary and foreign keys itself, and renames them when an ALTER
        // rebuilds the table; the name says nothing about the schema (the key's own name is kept)
        lines.replaceAll(line -> line.replaceFirst("^(index\\|[^|]*\\|)(PRIMARY_KEY|[A-Z0-9_]+_FK_INDEX)_[0-9A-F]+\\|", "$1$2_*|"));
        lines.sort(null);
        return lines;
    }

    private static String crm(String column) {
        return String.format(CRM_TABLES, column);
    }

    private static List<String> rows(Connection c, String sql, String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    // one line per fact, so that a multi-line definition stays one comparable line
                    rows.add(String.join("|", row).replace("\r", "").replace("\n", "\\n"));
                }
            }
        }
        return rows;
    }
}
