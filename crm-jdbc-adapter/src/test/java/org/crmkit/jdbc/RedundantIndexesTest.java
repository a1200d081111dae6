package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every index of a migrated schema earns its writes: none reads in the order, and bounds the
 * ranges, that an index before it on the same table already does. Each row written costs one entry
 * in every index of its table, so an index whose key columns another index of the table begins with
 * (or equals) is paid for at every insert and answers nothing the other cannot.
 */
class RedundantIndexesTest {

    /**
     * An index: its table, its name, its key columns in order, whether it enforces uniqueness,
     * whether it leaves rows out (a partial index), and whether H2 made it for a foreign key.
     */
    record Index(String table, String name, List<String> columns, boolean unique, boolean partial, boolean forForeignKey) {

        /** Whether {@code other}, on the same table, begins with this index's columns and can answer what this one does. */
        boolean coveredBy(Index other) {
            return !unique && !other.name.equals(name) && other.table.equals(table) && !other.partial
                    && other.columns.size() >= columns.size() && other.columns.subList(0, columns.size()).equals(columns);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void no_index_is_covered_by_another_of_its_table(Dialect dialect) throws SQLException {
        // given a database migrated to the latest version
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            JdbcStorage.create(dataSource);

            // when its indexes are listed
            List<Index> indexes;
            try (Connection c = dataSource.getConnection()) {
                indexes = dialect == Dialect.H2 ? h2Indexes(c) : postgresIndexes(c);
            }

            // then each is needed: no other index of its table begins with its columns (H2 keeps an index of a foreign key's
            // exact columns for the constraint, which no longer index can stand in for, so those are the constraint's, not ours)
            assertThat(indexes).hasSizeGreaterThan(50);
            List<String> covered = new ArrayList<>();
            for (Index index : indexes) {
                if (index.forForeignKey()) {
                    continue;
                }
                for (Index other : indexes) {
                    if (index.coveredBy(other)) {
                        covered.add(index.table() + "." + index.name() + " " + index.columns() + " is covered by " + other.name() + " "
                                + other.columns());
                    }
                }
            }
            assertThat(covered).isEmpty();
        }
    }

    private static List<Index> h2Indexes(Connection c) throws SQLException {
        Map<String, Index> byName = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME,"
                + " (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t WHERE t.INDEX_SCHEMA = i.INDEX_SCHEMA"
                + " AND t.INDEX_NAME = i.INDEX_NAME AND t.CONSTRAINT_TYPE = 'FOREIGN KEY')"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                + " AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_SCHEMA = SCHEMA()"
                + " AND i.TABLE_NAME LIKE 'CRM%' ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = lower(rs.getString(1));
                String name = lower(rs.getString(2));
                String type = rs.getString(3);
                boolean foreignKey = rs.getInt(5) > 0;
                byName.computeIfAbsent(name, n -> new Index(table, n, new ArrayList<>(), !"INDEX".equals(type), false, foreignKey))
                        .columns().add(lower(rs.getString(4)));
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<Index> postgresIndexes(Connection c) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.relname, i.relname, x.indisunique, x.indpred IS NOT NULL,"
                + " ARRAY(SELECT a.attname FROM generate_subscripts(x.indkey, 1) AS k JOIN pg_attribute a ON a.attrelid = x.indrelid"
                + " AND a.attnum = x.indkey[k] WHERE k < x.indnkeyatts ORDER BY k)"
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                + " WHERE t.relnamespace = current_schema()::regnamespace AND t.relname LIKE 'crm%' ORDER BY t.relname, i.relname");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<String> columns = new ArrayList<>();
                for (Object column : (Object[]) rs.getArray(5).getArray()) {
                    columns.add(lower(column.toString()));
                }
                indexes.add(new Index(rs.getString(1), rs.getString(2), columns, rs.getBoolean(3), rs.getBoolean(4), false));
            }
        }
        return indexes;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
