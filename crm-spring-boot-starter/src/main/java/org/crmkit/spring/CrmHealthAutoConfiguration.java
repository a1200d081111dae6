package org.crmkit.spring;

import java.time.Clock;
import org.crmkit.Crm;
import org.crmkit.jdbc.JobLeases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health indicator {@code crmkit}, when the application has Spring Boot's health API (Actuator):
 * the outbox's pending events and the age of the oldest, and each job's last success, last failure
 * and overdue shards. DOWN when the database cannot be read, when a job's shard has been due and
 * unclaimed longer than {@code crmkit.health.max-job-delay}, or, if the starter drains the outbox
 * (an {@link OutboxHandler} bean), when its oldest event is older than {@code
 * crmkit.health.max-outbox-lag}; UP otherwise. Off with {@code management.health.crmkit.enabled=false}.
 *
 * @since 0.2
 */
@AutoConfiguration(after = CrmAutoConfiguration.class)
@ConditionalOnBean({Crm.class, JobLeases.class})
@ConditionalOnProperty(prefix = "management.health.crmkit", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CrmHealthAutoConfiguration {

    /** Created by Spring from the auto-configuration imports. */
    public CrmHealthAutoConfiguration() {}

    static CrmHealth health(Crm crm, JobLeases leases, CrmProperties properties, ObjectProvider<OutboxHandler> handler) {
        OutboxHandler drain = handler.getIfUnique();
        return new CrmHealth(crm, leases, CrmJob.all(crm, properties.jobs(), drain), properties.health(), drain != null, Clock.systemUTC());
    }

    /** On Spring Boot 4.0. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {

        @Bean
        CrmHealthIndicator crmkitHealthIndicator(Crm crm, JobLeases leases, CrmProperties properties,
                ObjectProvider<OutboxHandler> handler) {
            return new CrmHealthIndicator(health(crm, leases, properties, handler));
        }
    }

    /** On Spring Boot 3.5. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = Boot3HealthIndicator.INDICATOR)
    static class Boot3 {

        /**
         * Spring makes a factory bean early to learn its product's type, possibly while the data
         * source is being made: so the indicator asks for crmkit's beans only when first called.
         */
        @Bean
        Boot3HealthIndicator crmkitHealthIndicator(ObjectProvider<Crm> crm, ObjectProvider<JobLeases> leases, CrmProperties properties,
                ObjectProvider<OutboxHandler> handler) {
            return new Boot3HealthIndicator(() -> health(crm.getObject(), leases.getObject(), properties, handler));
        }
    }
}
