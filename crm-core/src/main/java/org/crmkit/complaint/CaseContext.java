package org.crmkit.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.value.history.Purchases;

/** What the complaint context's use cases share: ports, collaborators, and the retried unit of work. */
final class CaseContext {

    final Cases cases;
    final CasePolicies policies;
    final Surveys surveys;
    final CustomerRepository customers;
    final Purchases purchases;
    final TierLookup tiers;
    final LoyaltyService loyalty;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final IdGenerator ids;
    final ZoneId zone;
    final CaseRouting routing;
    final Escalations escalations;
    final Notices notices;

    CaseContext(CasePorts ports, CaseExtensions plugins, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.cases = ports.cases();
        this.policies = ports.policies();
        this.surveys = ports.surveys();
        this.customers = ports.customers();
        this.purchases = ports.purchases();
        this.tiers = plugins.tiers();
        this.loyalty = plugins.loyalty();
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
        this.routing = new CaseRouting(plugins.routers());
        this.escalations = new Escalations(plugins.escalationRules());
        this.notices = new Notices(plugins.notifier());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The tenant's policy, or the defaults in this instance's zone. */
    CasePolicy policy(TenantId tenantId) {
        return policies.find(tenantId).orElseGet(() -> CasePolicy.defaults(tenantId, zone));
    }

    Case load(TenantId tenantId, CaseId caseId) {
        return cases.find(tenantId, caseId).orElseThrow(() -> new NotFoundException("case", tenantId, caseId.value()));
    }

    Customer customer(TenantId tenantId, CustomerId customerId) {
        return customers.find(tenantId, customerId).orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
    }

    /** Checks that {@code order} is a recorded purchase of the customer. */
    void requireOrderOf(TenantId tenantId, CustomerId customerId, OrderLink order) {
        if (order != null && purchases.find(tenantId, order.orderId()).filter(p -> p.customerId().equals(customerId)).isEmpty()) {
            throw new NotFoundException("order of customer " + customerId.value(), tenantId, order.orderId());
        }
    }

    /** Runs {@code work} in a unit of work at the current time, retrying lost races; then sends its notices. */
    <T> T write(Function<CaseWork, T> work) {
        return write(now(), true, work);
    }

    /**
     * Runs {@code work} in a unit of work at {@code at}; if {@code retry}, the library's retry
     * policy ({@link UnitOfWork}) retries a lost race when this is the outermost unit; then sends
     * the notices the successful attempt collected.
     */
    <T> T write(Instant at, boolean retry, Function<CaseWork, T> work) {
        Supplier<Done<T>> attempt = () -> {
            CaseWork unit = new CaseWork(this, at); // a fresh unit per attempt: a lost race leaves no notices behind
            return new Done<>(work.apply(unit), unit);
        };
        Done<T> done = retry ? UnitOfWork.retrying(transactions, attempt) : transactions.inTransaction(attempt);
        notices.send(done.unit().notices());
        return done.result();
    }

    /** The result of a successful attempt and the unit it ran in. */
    private record Done<T>(T result, CaseWork unit) {}
}
