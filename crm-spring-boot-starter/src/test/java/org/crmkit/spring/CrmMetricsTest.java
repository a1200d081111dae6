package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The meters crmkit's observations become, once bound to a registry, and nothing before. */
class CrmMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CrmMetrics metrics = new CrmMetrics(new StaticListableBeanFactory().getBeanProvider(org.crmkit.Crm.class),
            Clock.systemUTC());

    @Test
    void an_operation_is_timed_by_name_and_outcome_and_each_lost_race_counted() {
        // given
        metrics.bindTo(registry);
        // when
        OperationObserver.Operation purchase = metrics.started("commerce.recordPurchase");
        purchase.retried(new StaleVersionException("account", "a-1", 3), 1);
        purchase.retried(new StaleVersionException("account", "a-1", 4), 2);
        purchase.ended(null);
        metrics.started("customers.get").ended(new NotFoundException("customer", org.crmkit.shared.TenantId.of("shop"), "c-9"));
        // then
        assertThat(registry.get("crmkit.operations").tag("operation", "commerce.recordPurchase").tag("outcome", "success").timer().count())
                .isOne();
        assertThat(registry.get("crmkit.operations.retries").tag("operation", "commerce.recordPurchase")
                .tag("conflict", "StaleVersionException").counter().count()).isEqualTo(2.0);
        assertThat(registry.get("crmkit.operations").tag("operation", "customers.get").tag("outcome", "not_found").timer().count()).isOne();
    }

    @Test
    void a_job_shard_run_is_timed_by_job_and_outcome() {
        // given
        metrics.bindTo(registry);
        // when
        metrics.ran("loyalty.settleDue", 0, Duration.ofMillis(40), null);
        metrics.ran("loyalty.settleDue", 1, Duration.ofMillis(60), new IllegalStateException("database away"));
        // then
        assertThat(registry.get("crmkit.jobs").tag("job", "loyalty.settleDue").tag("outcome", "success").timer().totalTime(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(40.0);
        assertThat(registry.get("crmkit.jobs").tag("job", "loyalty.settleDue").tag("outcome", "failure").timer().count()).isOne();
    }

    @Test
    void outcomes_name_the_family_of_crmkits_exception() {
        assertThat(CrmMetrics.outcome(null)).isEqualTo("success");
        assertThat(CrmMetrics.outcome(new ValidationException("RegisterCustomer", java.util.List.of(org.crmkit.shared.Violation.of("displayName", "", "must not be blank"))))).isEqualTo("invalid");
        assertThat(CrmMetrics.outcome(new StaleVersionException("customer", "c-1", 1))).isEqualTo("conflict");
        assertThat(CrmMetrics.outcome(new IllegalStateException())).isEqualTo("error");
    }

    @Test
    void before_it_is_bound_to_a_registry_it_records_nowhere_and_fails_nothing() {
        // when
        metrics.started("customers.register").ended(null);
        metrics.bindTo(registry);
        // then
        assertThat(registry.find("crmkit.operations").timers()).allSatisfy(timer -> assertThat(timer.count()).isZero());
    }
}
