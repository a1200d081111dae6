package org.crmkit.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.crmkit.Crm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * crmkit's Micrometer meters, when the application has a {@code MeterRegistry} (Spring Boot
 * Actuator, say): {@code crmkit.operations} (a timer by {@code operation} and {@code outcome}),
 * {@code crmkit.operations.retries} (by {@code operation} and {@code conflict}), {@code
 * crmkit.jobs} (a timer by {@code job} and {@code outcome}), {@code crmkit.outbox.pending} and
 * {@code crmkit.outbox.lag} (seconds). Names both Boot lines' metrics auto-configurations, since
 * their packages differ.
 *
 * @since 0.2
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(MeterRegistry.class)
public class CrmMetricsAutoConfiguration {

    /** Created by Spring from the auto-configuration imports. */
    public CrmMetricsAutoConfiguration() {}

    @Bean
    CrmMetrics crmMetrics(ObjectProvider<Crm> crm) {
        return new CrmMetrics(crm, Clock.systemUTC());
    }
}
