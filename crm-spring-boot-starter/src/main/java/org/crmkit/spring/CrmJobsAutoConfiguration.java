package org.crmkit.spring;

import java.time.Clock;
import org.crmkit.Crm;
import org.crmkit.jdbc.JobLeases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * crmkit's scheduled batch jobs on the JDBC storage: points settlement ({@code settleDue}), tier
 * assessment for today, SLA checks and, when the application has an {@link OutboxHandler} bean,
 * the outbox drain. Every instance runs them with the same settings; the instances share each job
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

    @Bean
    CrmJobs crmJobs(Crm crm, JobLeases leases, CrmProperties properties, ObjectProvider<OutboxHandler> handler,
            ObjectProvider<JobObserver> observers) {
        return new CrmJobs(leases, CrmJob.all(crm, properties.jobs(), handler.getIfUnique()), properties.jobs(),
                observers.orderedStream().toList(), Clock.systemUTC());
    }
}
