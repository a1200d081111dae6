package org.crmkit.spring;

import java.time.Clock;
import org.crmkit.Crm;
import org.crmkit.jdbc.JobLeases;
import org.crmkit.spi.CrmStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * crmkit's scheduled batch jobs on the JDBC storage: points settlement ({@code settleDue}), tier
 * assessment for today, SLA checks, coupon settlement, card expiry, sales reminders and, when the
 * application has an {@link OutboxHandler} bean, the outbox drain. The sweeps run over every
 * tenant, or tenant by tenant over the tenants of a {@link CrmJobTenants} bean or of {@code
 * crmkit.jobs.tenants}. Every instance runs them with the same settings; the instances share each job
 * by claiming its shards from the database, and take over the shards of an instance that died
 * once its leases expire. Off with {@code crmkit.jobs.enabled=false}.
 *
 * @since 0.2
 */
@AutoConfiguration(after = CrmAutoConfiguration.class)
@ConditionalOnBean({Crm.class, JobLeases.class})
@ConditionalOnProperty(prefix = "crmkit.jobs", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CrmJobsAutoConfiguration {

    /** Created by Spring from the auto-configuration imports. */
    public CrmJobsAutoConfiguration() {}

    /**
     * The jobs: sweeps tenant by tenant when there is a {@link CrmJobTenants} bean (two without a
     * {@code @Primary} fail the start) or {@code crmkit.jobs.tenants} lists tenants, the bean
     * first; else each sweep over every tenant.
     */
    @Bean
    CrmJobs crmJobs(Crm crm, CrmStorage storage, JobLeases leases, CrmProperties properties, ObjectProvider<OutboxHandler> handler,
            ObjectProvider<JobObserver> observers, ObjectProvider<CrmJobTenants> tenants) {
        CrmJobTenants source = tenants.getIfAvailable(properties.jobs()::tenantSource);
        return new CrmJobs(leases, CrmJob.all(crm, storage, properties.jobs(), source, handler.getIfUnique()), properties.jobs(),
                observers.orderedStream().toList(), Clock.systemUTC());
    }
}
