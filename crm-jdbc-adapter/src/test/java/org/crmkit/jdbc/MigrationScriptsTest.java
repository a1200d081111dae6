package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** crmkit's migrations as Flyway gets them: every script listed, every name short enough, checksums as Flyway's own scan makes them. */
class MigrationScriptsTest {

    private static final Path FOLDER = Path.of("src/main/resources", MigrationScripts.ROOT);
    private static final Pattern NAME = Pattern.compile("\\b" + TableNames.CANONICAL_PREFIX + "\\w+");

    @Test
    void the_index_lists_every_script_in_the_migration_folders_and_nothing_else() throws IOException {
        // given
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FOLDER)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> onDisk.add(FOLDER.relativize(f).toString().replace('\\', '/')));
        }

        // when
        Set<String> listed = new TreeSet<>();
        for (Dialect dialect : Dialect.values()) {
            listed.addAll(MigrationScripts.of(dialect).texts().keySet());
        }

        // then
        assertThat(listed).isEqualTo(onDisk);
    }

    @Test
    void every_name_the_migrations_create_fits_postgresqls_63_bytes_with_the_longest_prefix_allowed() {
        for (Dialect dialect : Dialect.values()) {
            for (String script : MigrationScripts.of(dialect).texts().values()) {
                Matcher m = NAME.matcher(script);
                while (m.find()) {
                    int length = TableNames.MAX_PREFIX_LENGTH + m.group().length() - TableNames.CANONICAL_PREFIX.length();
                    assertThat(length).as("%s with a %s-character prefix", m.group(), TableNames.MAX_PREFIX_LENGTH)
                            .isLessThanOrEqualTo(TableNames.MAX_IDENTIFIER_LENGTH);
                }
            }
        }
    }

    @Test
    void the_tables_found_in_the_scripts_are_the_ones_the_adapter_uses() {
        assertThat(MigrationScripts.of(Dialect.POSTGRESQL).tables())
                .contains("crm_customer", "crm_points_entry", "crm_points_receipt", "crm_outbox", "crm_case", "crm_tier_history")
                .allSatisfy(t -> assertThat(t).startsWith(TableNames.CANONICAL_PREFIX).doesNotContain("(").isLowerCase());
    }

    @Test
    void flyways_cockroachdb_module_is_not_on_the_class_path_and_postgresql_migrates_without_it() throws Exception {
        assertThatThrownBy(() -> Class.forName("org.flywaydb.database.cockroachdb.CockroachDBDatabaseType"))
                .isInstanceOf(ClassNotFoundException.class);
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(Dialect.POSTGRESQL), 2)) {
            assertThat(JdbcStorage.create(dataSource).migrate()).isZero();
            assertThat(checksums(dataSource)).hasSize(MigrationScripts.of(Dialect.POSTGRESQL).texts().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_database_migrated_by_flyways_own_folder_scan_is_taken_as_up_to_date(Dialect dialect) throws Exception {
        // given a database migrated the way crmkit did before it read its scripts itself
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).table(JdbcStorage.HISTORY_TABLE)
                    .locations(dialect.migrationLocations().toArray(String[]::new)).placeholders(dialect.migrationPlaceholders())
                    .load().migrate();
            List<Integer> scanned = checksums(dataSource);

            // when
            JdbcStorage storage = JdbcStorage.create(dataSource);

            // then Flyway validated the same checksums and found nothing to apply
            assertThat(storage.migrate()).isZero();
            assertThat(checksums(dataSource)).isEqualTo(scanned).hasSize(MigrationScripts.of(dialect).texts().size());
        }
    }

    private static List<Integer> checksums(HikariDataSource dataSource) throws SQLException {
        List<Integer> checksums = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"checksum\" FROM \"" + JdbcStorage.HISTORY_TABLE
                        + "\" WHERE \"checksum\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                checksums.add(rs.getInt(1));
            }
        }
        return checksums;
    }
}
