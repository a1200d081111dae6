package org.crmkit.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** crmkit's health on Spring Boot 4.0 (its health API); {@link Boot3HealthIndicator} is the same on Boot 3.5. */
final class CrmHealthIndicator implements HealthIndicator {

    private final CrmHealth health;

    CrmHealthIndicator(CrmHealth health) {
        this.health = health;
    }

    @Override
    public Health health() {
        CrmHealth.Report report = health.check();
        return Health.status(report.status()).withDetails(report.details()).build();
    }
}
