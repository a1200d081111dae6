package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;

/**
 * What the customer context's use cases share: the ports, the clock, loading a customer within its
 * tenant, and the one way a stored customer is changed (checked, versioned, retried, announced).
 */
final class CustomerContext {

    final CustomerRepository customers;
    final InteractionLog interactions;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final IdGenerator ids;
    private final Clock clock;

    CustomerContext(CustomerRepository customers, InteractionLog interactions, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids) {
        this.customers = customers;
        this.interactions = interactions;
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
    }

    /** Now, truncated to microseconds: the finest precision every supported database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Customer load(TenantId tenantId, CustomerId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return customers.find(tenantId, id).orElseThrow(() -> notFound(tenantId, id));
    }

    static NotFoundException notFound(TenantId tenantId, CustomerId id) {
        return new NotFoundException("customer", tenantId, id.value());
    }

    /** Changes the profile of a customer who is not erased, announcing which parts changed. */
    Customer changeProfile(TenantId tenantId, CustomerId id, Long expectedVersion, UnaryOperator<Customer> change) {
        return change(tenantId, id, expectedVersion, false, change, (before, after) -> events.publish(
                new CustomerProfileChanged(ids.next(), after.updatedAt(), tenantId, id, changedParts(before, after), after.version())));
    }

    /**
     * Loads the customer, applies {@code change} and stores the result one version up, calling
     * {@code afterUpdate} with the customer before and after in the same unit of work; stores and
     * calls nothing if nothing changed. Without an expected version a lost race is retried.
     */
    Customer change(
            TenantId tenantId,
            CustomerId id,
            Long expectedVersion,
            boolean allowErased,
            UnaryOperator<Customer> change,
            BiConsumer<Customer, Customer> afterUpdate) {
        // against an expected version a StaleVersionException is the caller's error, not a lost race
        Supplier<Customer> work = () -> {
            Customer current = load(tenantId, id);
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new StaleVersionException("customer", id.value(), expectedVersion);
            }
            if (current.isErased() && !allowErased) {
                throw new CustomerErasedException(id);
            }
            Customer changed = change.apply(current);
            if (changed.equals(current)) {
                return current;
            }
            Customer next = changed.nextVersion(now());
            customers.update(next);
            afterUpdate.accept(current, next);
            return next;
        };
        return expectedVersion != null ? transactions.inTransaction(work)
                : UnitOfWork.retrying(transactions, StaleVersionException.class, work);
    }

    private static Set<String> changedParts(Customer before, Customer after) {
        Set<String> changed = new TreeSet<>();
        addIf(changed, "displayName", !before.displayName().equals(after.displayName()));
        addIf(changed, "contacts", !before.contacts().equals(after.contacts()));
        addIf(changed, "demographics", !before.demographics().equals(after.demographics()));
        addIf(changed, "preferences", !before.preferences().equals(after.preferences()));
        addIf(changed, "tags", !before.tags().equals(after.tags()));
        addIf(changed, "consents", !before.consents().equals(after.consents()));
        addIf(changed, "sourceChannel", before.sourceChannel() != after.sourceChannel());
        addIf(changed, "creditStanding", before.creditStanding() != after.creditStanding());
        return changed;
    }

    private static void addIf(Set<String> set, String name, boolean condition) {
        if (condition) {
            set.add(name);
        }
    }
}
