package org.crmkit.jdbc;

import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's Flyway: the common migrations and the dialect's own, recorded in crmkit's own history
 * table so they coexist with the host's Flyway.
 */
final class JdbcMigrations {

    private static final Logger log = LoggerFactory.getLogger(JdbcMigrations.class);
    private static final int ATTEMPTS = 5;

    private JdbcMigrations() {}

    /** Flyway as crmkit runs it on {@code dataSource}, before {@code load()}. */
    static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(JdbcMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(JdbcStorage.HISTORY_TABLE)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.migrationPlaceholders())
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    /**
     * Applies the pending migrations and returns how many ran.
     *
     * @throws StorageException if a migration fails
     */
    static int migrate(DataSource dataSource, Dialect dialect) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                MigrateResult result = configure(dataSource, dialect).load().migrate();
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

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while migrating the crmkit schema", e);
        }
    }
}
