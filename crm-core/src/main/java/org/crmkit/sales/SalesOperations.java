package org.crmkit.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/** The collaborators every sales use case shares, and the steps they all take. */
final class SalesOperations {

    final SalesPorts ports;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final IdGenerator ids;
    final ZoneId zone;
    final CreditPolicy creditPolicy;

    SalesOperations(SalesPorts ports, TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock,
            IdGenerator ids, ZoneId zone, CreditPolicy creditPolicy) {
        this.ports = ports;
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
        this.creditPolicy = creditPolicy;
    }

    /**
     * Checks the command's constraints and the business checks in {@code more} together, listing
     * every violation in one exception.
     *
     * @throws ValidationException if anything is wrong
     */
    void check(Object command, List<Violation> more) {
        List<Violation> violations = new ArrayList<>();
        try {
            validator.check(command);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        violations.addAll(more);
        ValidationException.throwIfAny(command, violations);
    }

    /** The violations of an amount field (null is the constraints' to report): within 0 (exclusive if {@code positive}) and 10^12. */
    static List<Violation> amount(String field, @Nullable Money amount, boolean positive) {
        List<Violation> violations = new ArrayList<>();
        if (amount != null) {
            Limits.checkAmount(field, amount, positive, violations);
        }
        return violations;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    String newId() {
        return ids.next().toString();
    }

    /** What {@link #create} returned: the aggregate, and whether this call made it (and must announce it). */
    record Created<T>(T value, boolean fresh) {}

    /**
     * Creates an aggregate under an idempotency key, inside the caller's unit of work: returns the
     * one created earlier under the key if its fingerprint matches (else refuses the key), else
     * makes and inserts a new one; an insert that loses to a concurrent one under the same key
     * returns that one.
     */
    static <T> Created<T> create(String key, String fingerprint, String operation, Supplier<Optional<T>> byKey,
            Function<T, String> fingerprintOf, Supplier<T> make, Predicate<T> insert) {
        Optional<T> earlier = byKey.get();
        if (earlier.isPresent()) {
            return new Created<>(replay(key, fingerprint, operation, earlier.get(), fingerprintOf), false);
        }
        T made = make.get();
        if (insert.test(made)) {
            return new Created<>(made, true);
        }
        T raced = byKey.get().orElseThrow(() -> new ConflictException("a concurrent " + operation + " took the id generated for key '"
                + key + "'; try again"));
        return new Created<>(replay(key, fingerprint, operation, raced, fingerprintOf), false);
    }

    private static <T> T replay(String key, String fingerprint, String operation, T earlier, Function<T, String> fingerprintOf) {
        if (!fingerprintOf.apply(earlier).equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key, operation);
        }
        return earlier;
    }

    Lead lead(TenantId tenantId, String leadId) {
        return ports.leads().find(tenantId, leadId).orElseThrow(() -> new NotFoundException("lead", tenantId, leadId));
    }

    Opportunity opportunity(TenantId tenantId, String opportunityId) {
        return ports.opportunities().find(tenantId, opportunityId)
                .orElseThrow(() -> new NotFoundException("opportunity", tenantId, opportunityId));
    }

    FollowUpTask task(TenantId tenantId, String taskId) {
        return ports.tasks().find(tenantId, taskId).orElseThrow(() -> new NotFoundException("task", tenantId, taskId));
    }

    BusinessAccount account(TenantId tenantId, String accountId) {
        return ports.accounts().find(tenantId, accountId).orElseThrow(() -> new NotFoundException("business account", tenantId, accountId));
    }

    void requireCustomer(TenantId tenantId, CustomerId customerId) {
        if (ports.customers().find(tenantId, customerId).isEmpty()) {
            throw new NotFoundException("customer", tenantId, customerId.value());
        }
    }

    SalesFunnel funnel(TenantId tenantId) {
        return ports.opportunities().funnel(tenantId).orElseGet(() -> SalesFunnel.standard(tenantId));
    }
}
