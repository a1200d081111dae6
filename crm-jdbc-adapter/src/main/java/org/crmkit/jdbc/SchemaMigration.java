package org.crmkit.jdbc;

import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs crmkit's Flyway migrations for {@link JdbcStorage#migrate()}, retrying a lost race for the history table. */
final class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(JdbcStorage.class);
    private static final int MIGRATION_ATTEMPTS = 5;

    private SchemaMigration() {}

    /** The number of migrations this call applied. */
    static int migrate(DataSource dataSource, Dialect dialect) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= MIGRATION_ATTEMPTS; attempt++) {
            try {
                MigrateResult result = Flyway.configure(JdbcStorage.class.getClassLoader())
                        .dataSource(dataSource)
                        .table(JdbcStorage.HISTORY_TABLE)
                        .locations(dialect.migrationLocation())
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    log.info("crmkit schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
                }
                return result.migrationsExecuted;
            } catch (RuntimeException e) {
                // Two instances creating the history table at the same moment: the loser sees a
                // half-made table. A second look, once the winner committed, finds it complete.
                last = e;
                log.info("crmkit migration attempt {} of {} failed, retrying: {}", attempt, MIGRATION_ATTEMPTS, e.getMessage());
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
