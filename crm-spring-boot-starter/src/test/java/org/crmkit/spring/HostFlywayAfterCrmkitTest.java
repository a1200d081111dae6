package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The README's advice for a database where crmkit's tables came first (Flyway added to the
 * application later): the host's Flyway refuses the non-empty schema, and baselining it at the
 * default version 1 silently skips the host's V1, while baselining at 0 applies it.
 */
class HostFlywayAfterCrmkitTest {

    @Test
    void without_a_baseline_the_hosts_flyway_refuses_the_non_empty_schema() {
        // given
        DataSource database = crmkitMigratedDatabase();
        // when / then
        assertThatThrownBy(() -> hostFlyway(database).load().migrate())
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("non-empty schema");
    }

    @Test
    void baselining_at_the_default_version_skips_the_hosts_v1() throws SQLException {
        // given
        DataSource database = crmkitMigratedDatabase();
        // when
        hostFlyway(database).baselineOnMigrate(true).load().migrate();
        // then
        assertThat(Tables.exists(database, "HOST_ORDERS")).isFalse();
    }

    @Test
    void baselining_at_version_0_applies_the_hosts_v1() throws SQLException {
        // given
        DataSource database = crmkitMigratedDatabase();
        // when
        hostFlyway(database).baselineOnMigrate(true).baselineVersion("0").load().migrate();
        // then
        assertThat(Tables.exists(database, "HOST_ORDERS")).isTrue();
    }

    private static DataSource crmkitMigratedDatabase() {
        DataSource database = TestDatabases.pool(TestDatabases.freshH2Url(), 2);
        JdbcStorage.create(database);
        return database;
    }

    /** As Spring Boot configures the application's Flyway: classpath:db/migration, default history table. */
    private static FluentConfiguration hostFlyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration");
    }
}
