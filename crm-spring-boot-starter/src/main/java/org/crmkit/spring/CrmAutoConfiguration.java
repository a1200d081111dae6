package org.crmkit.spring;

import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.JobLeases;
import org.crmkit.spi.CrmStorage;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of crmkit for Spring Boot 4.0 and 3.5: a {@link JdbcStorage} on the
 * application's {@link DataSource} that joins Spring-managed transactions, and a {@link Crm} with
 * every crmkit plug-in bean of the context, and the {@link JobLeases} its scheduled jobs share. Each
 * bean backs off when the application defines its own ({@link CrmStorage}, {@link Crm} or {@link
 * JobLeases}).
 *
 * <p>crmkit's migrations run after the application's own database initialisation (Flyway,
 * Liquibase, {@code schema.sql}), so the application's Flyway always meets the empty schema it
 * expects on a fresh database. Names both Boot lines' auto-configurations, since their packages
 * differ.
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"})
@EnableConfigurationProperties(CrmProperties.class)
public class CrmAutoConfiguration {

    /** Created by Spring from the auto-configuration imports. */
    public CrmAutoConfiguration() {}

    /**
     * The JDBC storage on the application's only (or primary) {@code DataSource}, joining the
     * Spring-managed transaction of the calling thread, migrated unless {@code crmkit.migrate=false},
     * in {@code crmkit.schema} with {@code crmkit.table-prefix} if set.
     *
     * @param dataSource the application's data source
     * @param properties the {@code crmkit.*} settings
     * @return the storage
     */
    @Bean
    @ConditionalOnMissingBean(CrmStorage.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @DependsOnDatabaseInitialization
    public JdbcStorage crmStorage(DataSource dataSource, CrmProperties properties) {
        JdbcStorage.Builder builder = JdbcStorage.builder(dataSource).hostTransactions(new SpringTransactions(dataSource))
                .migrate(properties.migrate()).tablePrefix(properties.tablePrefix()).eventsInCommitOrder(properties.eventsInCommitOrder());
        return (properties.schema() != null ? builder.schema(properties.schema()) : builder).build();
    }

    /**
     * crmkit on {@code storage}, with the {@code crmkit.zone}, the context's {@code Clock} and
     * {@code jakarta.validation.Validator} beans if it has them, and its plug-in beans in {@code @Order}.
     *
     * @param storage where crmkit keeps its data
     * @param properties the {@code crmkit.*} settings
     * @param beans where the plug-in, clock and validator beans are looked up
     * @return the entry point to crmkit's services
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(CrmStorage.class)
    public Crm crm(CrmStorage storage, CrmProperties properties, BeanFactory beans) {
        Crm.Builder builder = Crm.builder().storage(storage).zone(properties.zone());
        return PluginBeans.addAll(beans, builder).build();
    }

    /**
     * The leases on the shards of crmkit's batch jobs, in the JDBC storage's database, timed by
     * the system clock (not a {@code Clock} bean, which a test may have stopped: leases must
     * expire). The scheduled jobs and the health indicator use them; so may the application.
     *
     * @param storage the JDBC storage whose database keeps the leases
     * @return the leases, held in this process's name
     * @since 0.2
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(JdbcStorage.class)
    public JobLeases crmJobLeases(JdbcStorage storage) {
        return JobLeases.of(storage);
    }
}
