package org.crmkit.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.Crm;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.Lead;
import org.crmkit.sales.OpenOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.QualifyLead;
import org.crmkit.sales.SalesService;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;

/** A fresh tenant with a movable clock and the sales service over a storage under test, and short ways to call it. */
final class SalesScene {

    final MutableClock clock = MutableClock.atSomeMoment();
    final TenantId tenant = Tenants.fresh();
    final TenantId otherTenant = Tenants.fresh();
    final Crm crm;
    final SalesService sales;

    SalesScene(CrmStorage storage) {
        this(Crm.builder().storage(storage));
    }

    SalesScene(Crm.Builder builder) {
        crm = builder.clock(clock).build();
        sales = crm.sales();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    CustomerId customer(String name) {
        return crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(name).build()).id();
    }

    CaptureLead capture(String key, String name, String source, String owner) {
        return new CaptureLead(tenant, key, name, "+86 139 0000 0000", source, List.of("green tea"), owner, "met at the fair");
    }

    Lead lead(String key, String source, String owner) {
        return sales.capture(capture(key, "Wang Fang", source, owner));
    }

    Opportunity opportunity(String key, String source, String owner, String value) {
        return sales.open(new OpenOpportunity(tenant, key, "tea for the office", owner, source, null, null, cny(value), 20, "call back",
                LocalDate.of(2025, 6, 10)));
    }

    Opportunity qualify(Lead lead, String key) {
        return sales.qualify(new QualifyLead(tenant, key, lead.leadId(), lead.version(), "tea for the office", cny("5000.00"), 30, "send a quote",
                LocalDate.of(2025, 6, 10)));
    }

    List<DomainEvent> events() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant);
    }

    /** What each of {@code tasks}, started together, returned or threw. */
    static <T> Outcomes<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> succeeded = new ArrayList<>();
            List<Throwable> failed = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    succeeded.add(future.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failed.add(e.getCause());
                }
            }
            return new Outcomes<>(succeeded, failed);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
    }

    /** What a group of threads returned or threw. */
    record Outcomes<T>(List<T> succeeded, List<Throwable> failed) {}
}
