package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The member's tier facts, which every purchase reads whole ({@link TierFacts#ofMember}), can be
 * answered from {@code crm_tier_fact_by_member} alone (V025): the index holds every column the read
 * selects. H2 then takes them from the index row and fetches no fact's row from the table; before
 * V025 the index held the key columns only, and a profile of the purchase benchmark on H2 put 58% of
 * the read's time in those row fetches. PostgreSQL can read them with an index-only scan, which
 * skips the table for the pages its visibility map marks all-visible.
 */
class TierFactsByMemberIndexTest {

    /** The columns {@link TierFacts#ofMember} selects, from its own SQL. */
    private static List<String> selected() {
        String sql = TierFacts.ofMember(Dialect.POSTGRESQL);
        String columns = sql.substring("SELECT ".length(), sql.indexOf(" FROM "));
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }

    @Test
    void on_h2_the_member_index_holds_every_column_the_facts_read_selects() throws SQLException {
        // given a migrated H2 database
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshH2Url(), 2)) {
            JdbcStorage.create(dataSource);

            // when its index's columns are listed
            List<String> indexed = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT COLUMN_NAME FROM"
                    + " INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = 'CRM_TIER_FACT_BY_MEMBER' ORDER BY ORDINAL_POSITION");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    indexed.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }

            // then the member's key leads it, and it holds what the read selects (H2 takes a column from the index row when it has it)
            assertThat(indexed).startsWith("tenant_id", "customer_id", "programme_id", "at", "fact_key").containsAll(selected());
        }
    }

    @Test
    void on_postgresql_the_index_alone_can_answer_the_facts_read_and_could_not_before() throws SQLException {
        // given a migrated database with 40,000 facts of 2,000 members, analysed
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            JdbcStorage.create(dataSource);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO crm_tier_fact (tenant_id, fact_key, customer_id, programme_id, order_id, spend_units, orders,"
                        + " growth, at) SELECT 't' || (i % 4), 'purchase:o-' || i, 'c-' || (i % 2000), 'default', 'o-' || i, 300, 1, 300,"
                        + " TIMESTAMPTZ '2025-01-01 00:00:00+00' + i * INTERVAL '1 minute' FROM generate_series(1, 40000) AS i");
                s.execute("ANALYZE crm_tier_fact");
                // the index's own ways of reading only: whether it can answer alone, not what the visibility map makes cheapest
                s.execute("SET enable_bitmapscan = off");

                // when a member's facts are read
                String plan = plan(c);

                // then the index answers them without the table's rows, and could not with the index V025 replaced
                assertThat(plan).contains("Index Only Scan using crm_tier_fact_by_member");
                c.setAutoCommit(false);
                try {
                    s.execute("DROP INDEX crm_tier_fact_by_member");
                    s.execute("CREATE INDEX crm_tier_fact_by_member ON crm_tier_fact (tenant_id, customer_id, programme_id, at, fact_key)");
                    assertThat(plan(c)).contains("Index Scan using crm_tier_fact_by_member").doesNotContain("Index Only Scan");
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
    }

    private static String plan(Connection c) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN " + TierFacts.ofMember(Dialect.POSTGRESQL))) {
            s.setString(1, "t2");
            s.setString(2, "c-42");
            s.setString(3, "default");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
