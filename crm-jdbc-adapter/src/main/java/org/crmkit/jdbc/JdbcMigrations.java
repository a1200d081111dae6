package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's Flyway: the common migrations and the dialect's own, with the storage's schema and table
 * prefix, recorded in crmkit's own history table so they coexist with the host's Flyway.
 */
final class JdbcMigrations {

    private static final Logger log = LoggerFactory.getLogger(JdbcMigrations.class);
    private static final int ATTEMPTS = 5;

    private JdbcMigrations() {}

    /** Flyway as crmkit runs it on {@code dataSource}, before {@code load()}. */
    static FluentConfiguration configure(DataSource dataSource, Dialect dialect, MigrationScripts scripts, TableNames names) {
        FluentConfiguration flyway = Flyway.configure(JdbcMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(names.historyTable())
                // the scripts come from the resource provider; the locations only keep Flyway's
                // search for Java migrations in crmkit's folders, away from the host's db/migration
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .resourceProvider(scripts.mappedBy(names))
                .placeholders(dialect.migrationPlaceholders())
                .baselineOnMigrate(true)
                .baselineVersion("0");
        String schema = names.schema();
        if (schema != null) {
            // Flyway quotes the schema it creates and switches to, so it must be named in the case
            // in which the database stores the unquoted name crmkit's statements use
            String stored = storedCase(dataSource, schema);
            flyway.schemas(stored).defaultSchema(stored);
        }
        return flyway;
    }

    /**
     * Applies the pending migrations and returns how many ran.
     *
     * @throws StorageException if a migration fails
     */
    static int migrate(DataSource dataSource, Dialect dialect, MigrationScripts scripts, TableNames names) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                MigrateResult result = configure(dataSource, dialect, scripts, names).load().migrate();
                if (result.migrationsExecuted > 0) {
                    log.info("crmkit schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
                }
                return result.migrationsExecuted;
            } catch (RuntimeException e) {
                // Two instances creating the history table at the same moment: the loser sees a
                // half-made table. A second look, once the winner committed, finds it complete.
                last = e;
                log.info("crmkit migration attempt {} of {} failed, retrying: {}", attempt, ATTEMPTS, e.getMessage());
                pause(attempt);
            }
        }
        throw new StorageException("could not migrate the crmkit schema: " + last.getMessage(), last);
    }

    /** {@code name} as the database stores an unquoted identifier: upper case on H2, lower case on PostgreSQL. */
    private static String storedCase(DataSource dataSource, String name) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (meta.storesUpperCaseIdentifiers()) {
                return name.toUpperCase(Locale.ROOT);
            }
            return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
        } catch (SQLException e) {
            throw new StorageException("could not connect to read how the database stores names: " + e.getMessage(), e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while migrating the crmkit schema", e);
        }
    }
}
