package org.crmkit.spring;

import java.time.ZoneId;
import org.crmkit.Crm;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crmkit.*} settings of a Spring Boot application.
 *
 * @param zone the default zone for calendar rules such as points expiring at year end; Asia/Shanghai
 *     when not set
 * @param migrate whether crmkit applies its pending migrations, recorded in its own table
 *     crm_schema_history, when the application starts (after the application's own Flyway or
 *     Liquibase); false when a separate deployment step runs JdbcStorage.migrate()
 * @param schema the schema of crmkit's tables and Flyway history (created if missing); the
 *     connection's current schema when not set
 * @param tablePrefix the start of the name of every table, index and constraint crmkit creates,
 *     and of its history table (prefix + schema_history); crm_ when not set
 * @since 0.1
 */
@ConfigurationProperties("crmkit")
public record CrmProperties(ZoneId zone, @DefaultValue("true") boolean migrate, @Nullable String schema,
        @DefaultValue("crm_") String tablePrefix) {

    /** Fills in {@link Crm#DEFAULT_ZONE} for a zone not set. */
    public CrmProperties {
        zone = zone != null ? zone : Crm.DEFAULT_ZONE;
    }
}
