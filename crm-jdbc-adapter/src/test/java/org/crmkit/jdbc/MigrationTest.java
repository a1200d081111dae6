package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationTest {

    /**
     * The common baseline, the dialect's own script, then changes made after the squash (on
     * PostgreSQL also its partial index of spendable lots, V005), coupons (V006), the points mall
     * (V008), stored-value cards (V009, and their ledger's dialect scripts, V011), checkouts (V012),
     * the outbox keyed by tenant (V013), campaigns (V015), journeys (V016), reviews and surveys
     * (V017), churn reasons (V018), sales (V019), purchase rewards (V021), the outbox's per-tenant
     * head, which keeps its events in commit order (V022), the per-tenant due indexes of the
     * sweeps (V023, a script per dialect), on PostgreSQL the row-count check the database makes
     * itself (V024), the tier facts' member index holding the columns its reads select (V025, a
     * script per dialect), and the indexes another index of their table already was dropped (V026, a
     * script per dialect).
     */
    private static String[] allMigrations(Dialect dialect) {
        List<String> versions = new ArrayList<>(List.of("001", "002", "003", "004", "005", "006", "008", "009", "011", "012",
                "013", "015", "016", "017", "018", "019", "021", "022", "023", "024", "025", "026"));
        if (dialect != Dialect.POSTGRESQL) {
            versions.remove("005");
            versions.remove("024");
        }
        return versions.toArray(String[]::new);
    }

    private static String freshUrl(Dialect dialect) {
        return TestDatabases.freshUrl(dialect);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEmptyDatabaseIsMigratedOnceAndTheSecondRunIsANoOp(Dialect dialect) throws Exception {
        // given
        try (HikariDataSource dataSource = TestDatabases.pool(freshUrl(dialect), 2)) {
            // when
            JdbcStorage storage = JdbcStorage.create(dataSource);
            int second = storage.migrate();

            // then
            assertThat(storage.dialect()).isEqualTo(dialect);
            assertThat(second).isZero();
            assertThat(successfulMigrations(dataSource)).containsExactly(allMigrations(dialect));
            assertThat(tableExists(dataSource, "crm_customer")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoInstancesMigratingAtOnceApplyEachMigrationExactlyOnce(Dialect dialect) throws Exception {
        // given two application instances, each with its own pool, on one empty database
        String url = freshUrl(dialect);
        try (HikariDataSource first = TestDatabases.pool(url, 2); HikariDataSource second = TestDatabases.pool(url, 2)) {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                // when both migrate at the same moment
                List<Future<Integer>> results = new ArrayList<>();
                for (HikariDataSource dataSource : List.of(first, second)) {
                    results.add(threads.submit(migrateAfter(start, () -> JdbcStorage.withoutMigrating(dataSource, dialect))));
                }

                // then one applied the migration and the other found nothing to do
                int applied = 0;
                for (Future<Integer> result : results) {
                    applied += result.get();
                }
                assertThat(applied).isEqualTo(allMigrations(dialect).length);
                assertThat(successfulMigrations(first)).containsExactly(allMigrations(dialect));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSchemaCoexistsWithTheHostsOwnTablesAndFlywayHistory(Dialect dialect) throws Exception {
        // given a host schema with its own tables and its own Flyway history table
        try (HikariDataSource dataSource = TestDatabases.pool(freshUrl(dialect), 2)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shop_order (id BIGINT PRIMARY KEY)");
                s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50))");
            }

            // when
            JdbcStorage.create(dataSource);

            // then crmkit's tables exist beside the host's, which are untouched
            assertThat(tableExists(dataSource, "crm_customer")).isTrue();
            assertThat(tableExists(dataSource, "shop_order")).isTrue();
            assertThat(successfulMigrations(dataSource)).containsExactly(allMigrations(dialect));
        }
    }

    private static Callable<Integer> migrateAfter(CyclicBarrier start, Supplier<JdbcStorage> storage) {
        return () -> {
            JdbcStorage s = storage.get();
            start.await();
            return s.migrate();
        };
    }

    private static List<String> successfulMigrations(HikariDataSource dataSource) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"" + JdbcStorage.HISTORY_TABLE
                        + "\" WHERE \"success\" = TRUE AND \"version\" <> '0' ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static boolean tableExists(HikariDataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }
}
