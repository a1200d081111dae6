package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.JobLeases;
import org.crmkit.jdbc.TestDatabases;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration's conditions and settings, without a whole application. */
class CrmAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CrmAutoConfiguration.class, CrmJobsAutoConfiguration.class));

    @Test
    void without_a_data_source_it_configures_nothing() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CrmStorage.class).doesNotHaveBean(Crm.class));
    }

    @Test
    void on_a_data_source_it_makes_a_migrated_jdbc_storage_and_a_crm_on_it_in_the_default_zone() {
        DataSource dataSource = TestDatabases.pool(TestDatabases.freshH2Url(), 2);
        runner.withBean(DataSource.class, () -> dataSource).run(context -> {
            assertThat(context).hasSingleBean(JdbcStorage.class).hasSingleBean(Crm.class);
            assertThat(context.getBean(Crm.class).zone()).isEqualTo(Crm.DEFAULT_ZONE);
            assertThat(Tables.exists(dataSource, "crm_schema_history")).isTrue();
        });
    }

    @Test
    void crmkit_schema_and_table_prefix_put_crmkits_tables_in_that_schema_under_that_prefix() {
        DataSource dataSource = TestDatabases.pool(TestDatabases.freshH2Url(), 2);
        runner.withBean(DataSource.class, () -> dataSource).withPropertyValues("crmkit.schema=crm", "crmkit.table-prefix=shop_")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    TenantId tenant = TenantId.of("t-schema");
                    var li = context.getBean(Crm.class).customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));
                    assertThat(context.getBean(Crm.class).customers().find(tenant, li.id())).isPresent();
                    assertThat(context.getBean(JdbcStorage.class).historyTable()).isEqualTo("shop_schema_history");
                    assertThat(Tables.exists(dataSource, "shop_schema_history")).isTrue();
                    assertThat(Tables.exists(dataSource, "SHOP_CUSTOMER")).isTrue();
                    assertThat(Tables.exists(dataSource, "CRM_CUSTOMER")).isFalse();
                });
    }

    @Test
    void events_are_kept_in_commit_order_unless_crmkit_events_in_commit_order_is_false() {
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .run(context -> assertThat(context.getBean(JdbcStorage.class).eventsInCommitOrder()).isTrue());
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .withPropertyValues("crmkit.events-in-commit-order=false")
                .run(context -> assertThat(context.getBean(JdbcStorage.class).eventsInCommitOrder()).isFalse());
    }

    @Test
    void with_crmkit_migrate_false_it_leaves_the_schema_alone() {
        DataSource dataSource = TestDatabases.pool(TestDatabases.freshH2Url(), 2);
        runner.withBean(DataSource.class, () -> dataSource).withPropertyValues("crmkit.migrate=false").run(context -> {
            assertThat(context).hasSingleBean(JdbcStorage.class);
            assertThat(Tables.exists(dataSource, "crm_schema_history")).isFalse();
        });
    }

    @Test
    void the_applications_own_storage_replaces_the_starters_and_carries_the_starters_crm() {
        CrmStorage own = new InMemoryStorage();
        DataSource dataSource = TestDatabases.pool(TestDatabases.freshH2Url(), 2);
        runner.withBean(DataSource.class, () -> dataSource).withBean(CrmStorage.class, () -> own).run(context -> {
            assertThat(context).doesNotHaveBean(JdbcStorage.class).hasSingleBean(Crm.class);
            assertThat(Tables.exists(dataSource, "crm_schema_history")).isFalse();
        });
    }

    @Test
    void the_applications_own_crm_replaces_the_starters() {
        Crm own = Crm.builder().storage(new InMemoryStorage()).build();
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2)).withBean(Crm.class, () -> own)
                .run(context -> assertThat(context).getBean(Crm.class).isSameAs(own));
    }

    @Test
    void crmkit_validates_commands_with_the_applications_validator_bean() {
        List<String> calls = new CopyOnWriteArrayList<>();
        Validator real = Validation.buildDefaultValidatorFactory().getValidator();
        Validator recording = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.invoke(real, args);
                });
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .withBean(Validator.class, () -> recording)
                .run(context -> {
                    // a plain valid command is proved valid from the bean's own constraint metadata; a doubtful one goes to its validate
                    context.getBean(Crm.class).customers().register(RegisterCustomer.of(TenantId.of("shop"), "李雷", SourceChannel.APP));
                    assertThat(calls).contains("getConstraintsForClass");
                    Throwable refused = catchThrowable(() -> context.getBean(Crm.class).customers().register(
                            RegisterCustomer.of(TenantId.of("shop"), " ", SourceChannel.APP)));
                    assertThat(refused).isInstanceOf(ValidationException.class);
                    assertThat(calls).contains("validate");
                });
    }

    @Test
    void two_clock_beans_without_a_primary_one_fail_the_start_rather_than_one_being_picked() {
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .withBean("shopClock", Clock.class, Clock::systemUTC)
                .withBean("batchClock", Clock.class, Clock::systemUTC)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(NoUniqueBeanDefinitionException.class));
    }

    @Test
    void on_a_data_source_every_instance_runs_the_jobs_unless_told_not_to() {
        String url = TestDatabases.freshH2Url();
        runner.withBean(DataSource.class, () -> TestDatabases.pool(url, 2)).run(context -> assertThat(context).hasSingleBean(JobLeases.class)
                .hasSingleBean(CrmJobs.class));
        runner.withBean(DataSource.class, () -> TestDatabases.pool(url, 2)).withPropertyValues("crmkit.jobs.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(JobLeases.class).doesNotHaveBean(CrmJobs.class));
    }

    @Test
    void on_a_storage_of_the_applications_own_there_are_no_leases_and_so_no_jobs() {
        runner.withBean(CrmStorage.class, InMemoryStorage::new)
                .run(context -> assertThat(context).hasSingleBean(Crm.class).doesNotHaveBean(JobLeases.class).doesNotHaveBean(CrmJobs.class));
    }

    @Test
    void a_job_setting_out_of_range_fails_the_start_naming_the_property() {
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2)).withPropertyValues("crmkit.jobs.shards=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("crmkit.jobs.shards"));
    }

    @Test
    void a_sweep_interval_that_is_not_positive_fails_the_start_naming_the_property() {
        for (String job : List.of("coupons", "cards", "reminders")) {
            runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                    .withPropertyValues("crmkit.jobs." + job + ".interval=PT0S")
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("crmkit.jobs." + job + ".interval"));
        }
    }

    @Test
    void a_blank_malformed_or_repeated_tenant_in_crmkit_jobs_tenants_fails_the_start_naming_the_property() {
        List<List<String>> bad = List.of(
                List.of("crmkit.jobs.tenants[0]=jd", "crmkit.jobs.tenants[1]= "),
                List.of("crmkit.jobs.tenants=jd,suning,jd"),
                List.of("crmkit.jobs.tenants=jd,su ning"));
        List<String> messages = List.of("crmkit.jobs.tenants[1] must be a tenant id but is blank",
                "crmkit.jobs.tenants lists tenant jd twice (at 0 and 2)", "crmkit.jobs.tenants[1]: tenant id must be 1 to 64 characters");
        for (int i = 0; i < bad.size(); i++) {
            String message = messages.get(i);
            runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                    .withPropertyValues(bad.get(i).toArray(String[]::new))
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining(message));
        }
    }

    @Test
    void two_crm_job_tenants_beans_without_a_primary_one_fail_the_start_rather_than_one_being_picked() {
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .withBean("merchants", CrmJobTenants.class, () -> () -> List.of(TenantId.of("jd")))
                .withBean("partners", CrmJobTenants.class, () -> () -> List.of(TenantId.of("suning")))
                .run(context -> assertThat(context).hasFailed().getFailure().hasRootCauseInstanceOf(NoUniqueBeanDefinitionException.class));
    }

    @Test
    void without_an_outbox_handler_bean_nothing_drains_the_outbox() {
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2)).run(context -> {
            // given
            Crm crm = context.getBean(Crm.class);
            crm.customers().register(RegisterCustomer.of(TenantId.of("shop"), "李雷", SourceChannel.APP));
            // when
            context.getBean(CrmJobs.class).runDue();
            // then
            assertThat(context.getBean(CrmJobs.class).jobs()).extracting(CrmJob::name).doesNotContain("outbox.drain");
            assertThat(crm.outbox().pending()).isOne();
        });
    }

    @Test
    void with_an_outbox_handler_bean_the_drain_job_hands_it_every_event_in_order_and_empties_the_outbox() {
        List<DomainEvent> handled = new CopyOnWriteArrayList<>();
        runner.withBean(DataSource.class, () -> TestDatabases.pool(TestDatabases.freshH2Url(), 2))
                .withBean(OutboxHandler.class, () -> handled::add)
                .withPropertyValues("crmkit.jobs.outbox.page-size=2")
                .run(context -> {
                    // given five events, more than two pages
                    Crm crm = context.getBean(Crm.class);
                    List<String> names = List.of("li", "han", "wang", "zhao", "qian");
                    names.forEach(name -> crm.customers().register(RegisterCustomer.of(TenantId.of("shop"), name, SourceChannel.APP)));
                    // when
                    context.getBean(CrmJobs.class).runDue();
                    // then
                    assertThat(handled).hasSize(5).allSatisfy(event -> assertThat(event).isInstanceOf(CustomerRegistered.class));
                    assertThat(handled).extracting(DomainEvent::occurredAt).isSorted();
                    assertThat(crm.outbox().pending()).isZero();
                });
    }
}
