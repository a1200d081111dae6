package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of rows read by id on PostgreSQL looks up each id in the index on the tenant and that id
 * ({@link IdList#eachId}), whatever the planner assumes of the tenant's size. The setting that
 * tempts it otherwise: one tenant of 20,000 rows beside 5,000 tenants of two rows each, and the
 * plan PostgreSQL keeps for a prepared statement, made for any tenant ({@code plan_cache_mode =
 * force_generic_plan} here, as a connection gets after five executions when that plan looks
 * cheaper). There the plain {@code = ANY (?)} comparison reads the large tenant through its
 * primary key and compares every row with every id; the reads id by id touch only the page's rows.
 */
class PostgresIdByIdReadsTest {

    private static final int LARGE = 20_000;
    private static final int PAGE = 500;
    private static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    private static HikariDataSource pool;

    @BeforeAll
    static void skewedTenants() throws SQLException {
        pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2);
        JdbcStorage.create(pool);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            // the rows only need their own tables: no customers, templates or ladders behind them
            s.execute("ALTER TABLE crm_coupon DROP CONSTRAINT crm_coupon_customer_fk, DROP CONSTRAINT crm_coupon_template_fk");
            for (String tenant : List.of("'large'", "'small-' || (i % 5000)")) {
                String rows = tenant.equals("'large'") ? "generate_series(0, " + (LARGE - 1) + ") i" : "generate_series(0, 9999) i";
                s.execute("INSERT INTO crm_tier_fact SELECT " + tenant + ", 'fact-' || i, 'c' || lpad(i::text, 8, '0'), 'default', NULL, 1, 1, 1,"
                        + " TIMESTAMPTZ '2026-01-01 00:00Z' FROM " + rows);
                s.execute("INSERT INTO crm_coupon SELECT " + tenant + ", 'coupon-' || i, 'welcome', 'c' || lpad(i::text, 8, '0'),"
                        + " 'key-' || lpad(i::text, 8, '0'), now(), now(), now() + INTERVAL '30 days', 'AVAILABLE', NULL, NULL, NULL, NULL,"
                        + " 0, 0 FROM " + rows);
                s.execute("INSERT INTO crm_points_lot SELECT " + tenant + ", 'c' || lpad(i::text, 8, '0'), 'default', 'lot-' || i, NULL, 10, 10,"
                        + " now(), now(), NULL, 'AVAILABLE' FROM " + rows);
                s.execute("INSERT INTO crm_campaign_member SELECT " + tenant + ", 'campaign-' || (i % 3), 'c' || lpad(i::text, 8, '0'),"
                        + " FALSE, 'SENT', TIMESTAMPTZ '2026-05-02 00:00Z', NULL, 0 FROM " + rows);
            }
            s.execute("ANALYZE crm_tier_fact, crm_coupon, crm_campaign_member, crm_points_lot");
        }
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void a_pages_tier_facts_are_read_member_by_member() throws SQLException {
        Plan plan = explain(TierFacts.OF_MEMBERS_ID_BY_ID, ids("c"), "large", "default");
        assertThat(plan.rows()).as("facts returned").isEqualTo(PAGE);
        assertThat(plan.removedByFilter()).as("rows read and thrown away, by the plan%n%s", plan.text()).isZero();
    }

    @Test
    void a_pages_taken_issue_keys_are_looked_up_key_by_key() throws SQLException {
        Plan plan = explain(JdbcCoupons.ISSUED_KEYS_ID_BY_ID, ids("key-"), "large");
        assertThat(plan.rows()).as("keys found").isEqualTo(PAGE);
        assertThat(plan.removedByFilter()).as("rows read and thrown away, by the plan%n%s", plan.text()).isZero();
    }

    @Test
    void a_pages_sent_messages_are_counted_customer_by_customer() throws SQLException {
        Plan plan = explain(JdbcCampaigns.SENT_SINCE_ID_BY_ID, ids("c"), "large", AT);
        assertThat(plan.rows()).as("customers counted").isEqualTo(PAGE);
        assertThat(plan.removedByFilter()).as("rows read and thrown away, by the plan%n%s", plan.text()).isZero();
    }

    @Test
    void a_pages_open_lots_are_read_account_by_account() throws SQLException {
        String sql = LedgerSettlements.pageSql(true, "crm_points_lot l", LedgerSettlements.OF_ACCOUNT + " AND l.status IN ('AVAILABLE', 'PENDING')",
                PAGE);
        Plan plan = explain(sql, ids("c"), "large", "default");
        assertThat(plan.rows()).as("lots returned").isEqualTo(PAGE);
        assertThat(plan.removedByFilter()).as("rows read and thrown away, by the plan%n%s", plan.text()).isZero();
    }

    @Test
    void the_plain_array_comparison_reads_the_large_tenant_whole_in_the_same_setting() throws SQLException {
        // why the reads above go id by id: the form they replaced, same data, same kind of plan
        Plan plan = explain("SELECT * FROM crm_tier_fact WHERE tenant_id = ? AND programme_id = ? AND customer_id = ANY (?)"
                + " ORDER BY customer_id, at, fact_key", "large", "default", ids("c"));
        assertThat(plan.rows()).isEqualTo(PAGE);
        assertThat(plan.removedByFilter()).as("rows read and thrown away, by the plan%n%s", plan.text()).isEqualTo(LARGE - PAGE);
    }

    /** Ids of the middle of the large tenant, e.g. c00010000 to c00010499. */
    private static String[] ids(String prefix) {
        return IntStream.range(10_000, 10_000 + PAGE).mapToObj(i -> String.format("%s%08d", prefix, i)).toArray(String[]::new);
    }

    /** What EXPLAIN ANALYZE said: the rows the statement returned, and the rows its nodes read and dropped by a filter, all loops. */
    private record Plan(long rows, long removedByFilter, String text) {}

    private static final Pattern NODE = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=([0-9]+) loops=([0-9]+)");
    private static final Pattern REMOVED = Pattern.compile("Rows Removed by (?:Join )?Filter: ([0-9]+)");

    /**
     * EXPLAIN ANALYZE of {@code sql} with {@code params} through a plan made for any values: a
     * statement prepared in SQL and run with {@code plan_cache_mode = force_generic_plan} (EXPLAIN
     * of a statement with bound parameters would plan it for those values).
     */
    private static Plan explain(String sql, Object... params) throws SQLException {
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Object param : params) {
            if (param instanceof String[] ids) {
                types.add("text[]");
                values.add("'{" + String.join(",", ids) + "}'");
            } else if (param instanceof Instant instant) {
                types.add("timestamptz");
                values.add("'" + instant + "'");
            } else {
                types.add("text");
                values.add("'" + param + "'");
            }
        }
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            List<String> lines = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                s.execute("PREPARE page_read (" + String.join(", ", types) + ") AS " + numbered);
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) EXECUTE page_read (" + String.join(", ", values) + ")")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                s.execute("DEALLOCATE page_read");
            }
            c.rollback();
            long rows = -1;
            long removed = 0;
            long loops = 1;
            for (String line : lines) {
                Matcher node = NODE.matcher(line);
                if (node.find()) {
                    loops = Long.parseLong(node.group(2));
                    if (rows < 0) {
                        rows = Long.parseLong(node.group(1)); // the top node: what the statement returned
                    }
                }
                Matcher dropped = REMOVED.matcher(line);
                if (dropped.find()) {
                    removed += Long.parseLong(dropped.group(1)) * loops; // EXPLAIN gives the mean of its node's loops
                }
            }
            String text = String.join("\n", lines);
            assertThat(rows).as("a plan with actual rows:\n%s", text).isNotNegative();
            return new Plan(rows, removed, text);
        }
    }
}
