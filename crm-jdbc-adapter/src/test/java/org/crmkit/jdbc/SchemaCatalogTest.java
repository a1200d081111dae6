package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The squashed baseline (the common script and the dialect's own) builds, column for column,
 * constraint for constraint and index for index, the schema recorded in {@code
 * src/test/resources/schema/<dialect>.txt}: the one the pre-release versions 1 to 11 built, recorded
 * from them before they were squashed. The catalog a run sees is written to {@code
 * target/schema/<dialect>.txt}, so a difference can be reviewed as a diff.
 */
class SchemaCatalogTest {

    /** The last version of the squashed baseline; later migrations are not part of the comparison. */
    private static final String BASELINE = "002";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_fresh_database_gets_exactly_the_recorded_schema(Dialect dialect) throws Exception {
        // given
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            // when
            JdbcMigrations.configure(pool, dialect, MigrationScripts.of(dialect), new TableNames(null, TableNames.CANONICAL_PREFIX, java.util.Set.of())).target(BASELINE).load().migrate();

            // then
            List<String> actual = SchemaCatalog.of(pool, dialect);
            String name = dialect.name().toLowerCase(Locale.ROOT) + ".txt";
            Path seen = Path.of("target", "schema", name);
            Files.createDirectories(seen.getParent());
            Files.write(seen, actual, StandardCharsets.UTF_8);
            assertThat(actual).as("catalog of the migrated schema (written to %s)", seen).containsExactlyElementsOf(recorded(name));
        }
    }

    private static List<String> recorded(String name) throws IOException {
        try (InputStream in = SchemaCatalogTest.class.getResourceAsStream("/schema/" + name)) {
            assertThat(in).as("recorded catalog /schema/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
