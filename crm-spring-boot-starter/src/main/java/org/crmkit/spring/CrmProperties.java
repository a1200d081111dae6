package org.crmkit.spring;

import java.time.ZoneId;
import org.crmkit.Crm;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crmkit.*} settings of a Spring Boot application.
 *
 * @param zone the default zone for calendar rules (points expiry at year end, tier periods); when
 *     not set, {@link Crm#DEFAULT_ZONE} (Asia/Shanghai)
 * @param migrate whether crmkit applies its pending migrations (recorded in its own table {@code
 *     crm_schema_history}) when the application starts, after the application's own Flyway or
 *     Liquibase; false for deployments that migrate in a separate step with {@code
 *     JdbcStorage.migrate()}
 * @since 0.1
 */
@ConfigurationProperties("crmkit")
public record CrmProperties(ZoneId zone, @DefaultValue("true") boolean migrate) {

    /** The zone to give crmkit: the configured one, or {@link Crm#DEFAULT_ZONE}. */
    public ZoneId zoneOrDefault() {
        return zone != null ? zone : Crm.DEFAULT_ZONE;
    }
}
