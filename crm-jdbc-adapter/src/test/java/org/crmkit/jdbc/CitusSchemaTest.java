package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What {@link JdbcStorage} makes of crmkit's schema on a Citus cluster: every tenant table
 * distributed by {@code tenant_id} in one colocation group, the job leases a reference table,
 * again and again without change, and the ledgers still append-only on the workers. Runs only with
 * {@code -Pcitus}.
 */
@EnabledIfSystemProperty(named = TestDatabases.CITUS_URL, matches = ".+")
class CitusSchemaTest {

    private static HikariDataSource pool;
    private static JdbcStorage storage;

    @BeforeAll
    static void connect() {
        pool = TestDatabases.pool(System.getProperty(TestDatabases.CITUS_URL), 4);
        storage = JdbcStorage.create(pool);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void the_citus_extension_is_detected() {
        assertThat(storage.citus()).isTrue();
    }

    @Test
    void every_tenant_table_is_distributed_by_tenant_in_one_colocation_group_and_the_job_leases_are_a_reference_table() throws SQLException {
        // when
        Map<String, String> tables = citusTables("public", "crm_");

        // then
        assertThat(tables.keySet()).containsExactlyInAnyOrderElementsOf(MigrationScripts.of(Dialect.POSTGRESQL).tables());
        assertThat(tables).containsEntry("crm_job_lease", "reference");
        List<String> groups = new ArrayList<>(tables.values());
        groups.removeIf("reference"::equals);
        assertThat(groups).hasSize(tables.size() - 1).allMatch(g -> g.equals(tables.get("crm_customer")))
                .allMatch(g -> g.startsWith("hash by tenant_id"));
    }

    @Test
    void migrating_again_changes_nothing() throws SQLException {
        // given
        Map<String, String> before = citusTables("public", "crm_");

        // when
        int applied = JdbcStorage.create(pool).migrate();

        // then
        assertThat(applied).isZero();
        assertThat(citusTables("public", "crm_")).isEqualTo(before);
    }

    @Test
    void the_points_ledger_stays_append_only_on_the_workers_except_for_erasing_a_reason() throws SQLException {
        // given: an entry on a worker
        LedgerFaultScenario.Stage stage = new LedgerFaultScenario.Stage(storage, org.crmkit.testing.Tenants.fresh());
        LedgerFaultScenario.HOLD_AT_CHECKOUT.given(stage);

        // when / then
        assertAppendOnly("crm_points_entry", "points = points + 1", stage.tenant.value());
        assertThat(update("UPDATE crm_points_entry SET reason = '[erased]' WHERE tenant_id = ?", stage.tenant.value())).isEqualTo(1);
    }

    @Test
    void the_card_ledger_stays_append_only_on_the_workers() throws SQLException {
        // given
        CardFaultScenario.Stage stage = new CardFaultScenario.Stage(storage, org.crmkit.testing.Tenants.fresh());
        CardFaultScenario.PAY.given(stage);

        // when / then
        assertAppendOnly("crm_card_entry", "sequence = sequence", stage.tenant.value());
    }

    /** An UPDATE setting {@code change} and a DELETE of the tenant's entries are both refused by the shards' trigger. */
    private static void assertAppendOnly(String table, String change, String tenant) {
        assertThatThrownBy(() -> update("UPDATE " + table + " SET " + change + " WHERE tenant_id = ?", tenant))
                .hasMessageContaining(table + " is append-only: UPDATE refused");
        assertThatThrownBy(() -> update("DELETE FROM " + table + " WHERE tenant_id = ?", tenant))
                .hasMessageContaining(table + " is append-only: DELETE refused");
    }

    @Test
    void a_storage_told_not_to_distribute_keeps_its_tables_local_on_the_coordinator() throws SQLException {
        // given
        String schema = "local_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        // when
        JdbcStorage local = JdbcStorage.builder(pool).schema(schema).citus(false).build();

        // then
        assertThat(local.citus()).isFalse();
        assertThat(citusTables(schema, "crm_")).isEmpty();
    }

    @Test
    void a_storage_with_a_schema_and_a_prefix_distributes_its_own_tables() throws SQLException {
        // given
        String schema = "dist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        // when
        JdbcStorage renamed = JdbcStorage.builder(pool).schema(schema).tablePrefix("shop_").build();

        // then
        Map<String, String> tables = citusTables(schema, "shop_");
        assertThat(renamed.citus()).isTrue();
        assertThat(tables).hasSize(MigrationScripts.of(Dialect.POSTGRESQL).tables().size()).containsEntry("shop_job_lease", "reference");
        assertThat(tables.get("shop_points_entry")).isEqualTo(tables.get("shop_customer")).startsWith("hash by tenant_id");
    }

    /** Citus tables of the schema whose names start with {@code prefix}: how each is spread, and its colocation group. */
    private static Map<String, String> citusTables(String schema, String prefix) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT t.relname, p.partmethod, p.colocationid, column_to_column_name(p.logicalrelid, p.partkey)"
                        + " FROM pg_dist_partition p JOIN pg_class t ON t.oid = p.logicalrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE n.nspname = ? AND t.relname LIKE ?")) {
            s.setString(1, schema);
            s.setString(2, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String spread = rs.getString(2).equals("n") ? "reference" : "hash by " + rs.getString(4) + " in group " + rs.getInt(3);
                    tables.put(rs.getString(1), spread);
                }
            }
        }
        return tables;
    }

    private static int update(String sql, String tenant) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            return s.executeUpdate();
        }
    }
}
