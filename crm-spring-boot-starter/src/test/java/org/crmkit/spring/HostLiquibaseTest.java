package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.crmkit.jdbc.Dialect;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A host with its own Liquibase changelog and crmkit, on a fresh database, in either order: the
 * application starting on an empty database (Liquibase first, then crmkit), and Liquibase added to
 * a database where crmkit's tables came first. Liquibase does not mind a non-empty schema, so
 * neither needs a setting.
 */
class HostLiquibaseTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void on_an_empty_database_the_hosts_changelog_runs_first_and_crmkits_migrations_after_it(Dialect dialect) {
        // given
        String url = TestDatabases.freshUrl(dialect);
        // when
        try (ConfigurableApplicationContext app = start(url)) {
            // then
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Timestamp hostChangeSet = jdbc.queryForObject("SELECT DATEEXECUTED FROM DATABASECHANGELOG WHERE ID = '1'", Timestamp.class);
            Timestamp crmkitFirst = jdbc.queryForObject(
                    "SELECT MIN(\"installed_on\") FROM \"crm_schema_history\" WHERE \"success\" = TRUE AND \"type\" <> 'BASELINE'",
                    Timestamp.class);
            assertThat(hostChangeSet).isBeforeOrEqualTo(crmkitFirst);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM host_invoices", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_customer", Long.class)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void on_a_database_crmkit_migrated_first_the_hosts_changelog_still_runs(Dialect dialect) {
        // given crmkit's tables, from an earlier deployment without Liquibase
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource database = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(database);
        }
        // when
        try (ConfigurableApplicationContext app = start(url)) {
            // then
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM host_invoices", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Long.class)).isOne();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        // the embedded PostgreSQL server's user; H2 ignores them
        properties.put("spring.datasource.username", url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
        properties.put("spring.datasource.password", url.startsWith("jdbc:postgresql") ? "postgres" : "");
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.flyway.enabled", "false");
        properties.put("spring.liquibase.change-log", "classpath:db/changelog/host-changelog.sql");
        properties.put("crmkit.jobs.enabled", "false");
        return new SpringApplicationBuilder(JobsApplication.class).properties(properties).run();
    }
}
