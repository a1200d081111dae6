package org.crmkit.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.crmkit.Crm;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ValidationException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * crmkit's Micrometer meters: each operation timed by name and outcome, its optimistic retries
 * counted, each job shard run timed, and the outbox's size and lag as gauges. A {@link
 * MeterBinder}, so Spring Boot binds it to the application's registries; until then it records
 * into none.
 */
final class CrmMetrics implements OperationObserver, JobObserver, MeterBinder {

    static final String OPERATIONS = "crmkit.operations";
    static final String RETRIES = "crmkit.operations.retries";
    static final String JOBS = "crmkit.jobs";
    static final String OUTBOX_PENDING = "crmkit.outbox.pending";
    static final String OUTBOX_LAG = "crmkit.outbox.lag";

    private final CompositeMeterRegistry registries = new CompositeMeterRegistry();
    private final ObjectProvider<Crm> crm;
    private final Clock clock;

    /** {@code crm} is looked up when a gauge is read: the {@code Crm} is built with this observer. */
    CrmMetrics(ObjectProvider<Crm> crm, Clock clock) {
        this.crm = crm;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        registries.add(registry);
        Gauge.builder(OUTBOX_PENDING, crm, c -> c.getObject().outbox().pending())
                .description("crmkit events waiting in the outbox to be drained").register(registry);
        TimeGauge.builder(OUTBOX_LAG, crm, TimeUnit.SECONDS, c -> c.getObject().outbox().oldestPending()
                        .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0)).orElse(0.0))
                .description("age of the oldest crmkit event waiting in the outbox").register(registry);
    }

    @Override
    public Operation started(String operation) {
        long start = System.nanoTime();
        return new Operation() {
            @Override
            public void retried(ConflictException lost, int attempt) {
                Counter.builder(RETRIES).description("crmkit units of work run again after losing an optimistic race")
                        .tag("operation", operation).tag("conflict", lost.getClass().getSimpleName()).register(registries).increment();
            }

            @Override
            public void ended(Throwable failure) {
                Timer.builder(OPERATIONS).description("crmkit operations (outermost units of work), by outcome")
                        .tag("operation", operation).tag("outcome", outcome(failure)).register(registries)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        };
    }

    @Override
    public void ran(String job, int shard, Duration took, Throwable failure) {
        Timer.builder(JOBS).description("runs of crmkit's scheduled job shards").tag("job", job)
                .tag("outcome", failure == null ? "success" : "failure").register(registries).record(took);
    }

    /** The kind of end: success, or the family of crmkit's exception, or error for anything else. */
    static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        } else if (failure instanceof ValidationException) {
            return "invalid";
        } else if (failure instanceof NotFoundException) {
            return "not_found";
        } else if (failure instanceof ConflictException) {
            return "conflict";
        } else if (failure instanceof RuleViolationException) {
            return "refused";
        }
        return "error";
    }
}
