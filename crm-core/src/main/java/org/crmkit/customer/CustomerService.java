package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer context's public API: register and change profiles, move lifecycle stages, keep
 * the interaction timeline, export and erase.
 *
 * <p>Every command is validated first (a {@link ValidationException} lists every violation and
 * nothing is written); every change runs in one unit of work with its event. Concurrent changes
 * to one customer are optimistic: a change that loses the race is retried up to {@value
 * UnitOfWork#MAX_ATTEMPTS} times on fresh data, so no update is lost. A customer of another tenant is
 * reported as not found. Thread-safe.
 *
 * <p>Obtain it from {@code Crm.customers()}.
 *
 * @since 0.1
 */
public final class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);
    private static final int EXPORT_PAGE = PageRequest.MAX_LIMIT;

    private final CustomerRepository customers;
    private final InteractionLog interactions;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public CustomerService(
            CustomerRepository customers,
            InteractionLog interactions,
            TransactionRunner transactions,
            EventPublisher events,
            CommandValidator validator,
            Clock clock) {
        this.customers = checkNotNull(customers, "customers");
        this.interactions = checkNotNull(interactions, "interactions");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
    }

    /**
     * Registers a new customer at version 0.
     *
     * @return the stored customer, with mobile and email normalised
     * @throws ValidationException if the command breaks a constraint
     * @throws org.crmkit.shared.DuplicateKeyException if the customer id, a mobile or an email is
     *     already taken in the tenant
     */
    public Customer register(RegisterCustomer command) {
        validator.check(command);
        Instant now = now();
        Customer customer = new Customer(
                command.tenantId(),
                command.customerId() != null ? command.customerId() : CustomerId.generate(),
                command.displayName().strip(),
                normalized(command.contacts()),
                command.demographics(),
                orEmpty(command.preferences()),
                command.tags() == null ? Set.of() : command.tags(),
                Map.of(),
                command.sourceChannel(),
                command.creditStanding() != null ? command.creditStanding() : CreditStanding.GOOD,
                command.initialStage() != null ? command.initialStage() : LifecycleStage.PROSPECT,
                now,
                now,
                0,
                null);
        transactions.run(() -> {
            customers.insert(customer);
            events.publish(new CustomerRegistered(
                    UUID.randomUUID(), now, customer.tenantId(), customer.id(), customer.sourceChannel(), customer.stage()));
        });
        log.debug("registered customer {} in tenant {}", customer.id(), customer.tenantId());
        return customer;
    }

    /**
     * Changes the non-null parts of a profile.
     *
     * @return the customer after the change (unchanged and not re-versioned if nothing differed)
     * @throws ValidationException if the command breaks a constraint
     * @throws NotFoundException if the customer is not in the tenant
     * @throws CustomerErasedException if the customer was erased
     * @throws StaleVersionException if {@code expectedVersion} is set and no longer current
     * @throws org.crmkit.shared.DuplicateKeyException if a new mobile or email is taken
     */
    public Customer updateProfile(UpdateProfile command) {
        validator.check(command);
        return mutate(command.tenantId(), command.customerId(), command.expectedVersion(), current -> current.withProfile(
                command.displayName() != null ? command.displayName().strip() : current.displayName(),
                command.contacts() != null ? normalized(command.contacts()) : current.contacts(),
                command.demographics() != null ? command.demographics() : current.demographics(),
                command.preferences() != null ? command.preferences() : current.preferences(),
                command.sourceChannel() != null ? command.sourceChannel() : current.sourceChannel(),
                command.creditStanding() != null ? command.creditStanding() : current.creditStanding()));
    }

    /**
     * Moves the customer to another lifecycle stage. Moving to the current stage does nothing.
     *
     * @throws IllegalStageTransitionException if {@link LifecycleStage} does not allow the move
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Customer changeStage(ChangeStage command) {
        validator.check(command);
        return transactionsWithRetry(command.tenantId(), command.customerId(), null, false, current -> {
            if (current.stage() == command.target()) {
                return current;
            }
            if (!current.stage().canMoveTo(command.target())) {
                throw new IllegalStageTransitionException(current.id(), current.stage(), command.target());
            }
            return current.withStage(command.target());
        }, (before, after) -> events.publish(new LifecycleStageChanged(
                UUID.randomUUID(), after.updatedAt(), after.tenantId(), after.id(), before.stage(), after.stage(), command.reason())));
    }

    /** Adds tags; tags already present are ignored. */
    public Customer addTags(ChangeTags command) {
        validator.check(command);
        return mutate(command.tenantId(), command.customerId(), null, current -> {
            Set<String> tags = new TreeSet<>(current.tags());
            tags.addAll(command.tags());
            return current.withTags(tags);
        });
    }

    /** Removes tags; tags not present are ignored. */
    public Customer removeTags(ChangeTags command) {
        validator.check(command);
        return mutate(command.tenantId(), command.customerId(), null, current -> {
            Set<String> tags = new TreeSet<>(current.tags());
            tags.removeAll(command.tags());
            return current.withTags(tags);
        });
    }

    /** Records a marketing consent decision at the clock's current time. */
    public Customer recordConsent(RecordConsent command) {
        validator.check(command);
        return mutate(command.tenantId(), command.customerId(), null, current -> {
            Consent previous = current.consents().get(command.channel());
            if (previous != null && previous.granted() == command.granted()) {
                return current;
            }
            Map<MarketingChannel, Consent> consents = new EnumMap<>(MarketingChannel.class);
            consents.putAll(current.consents());
            consents.put(command.channel(), new Consent(command.channel(), command.granted(), now()));
            return current.withConsents(consents);
        });
    }

    /**
     * Adds an interaction to the customer's timeline.
     *
     * @throws ValidationException if the command breaks a constraint or {@code occurredAt} is in
     *     the future
     * @throws NotFoundException if the customer is not in the tenant
     * @throws CustomerErasedException if the customer was erased
     */
    public Interaction recordInteraction(RecordInteraction command) {
        validator.check(command);
        Instant now = now();
        if (command.occurredAt() != null && command.occurredAt().isAfter(now)) {
            throw new ValidationException(command.getClass().getSimpleName(), List.of(
                    Violation.of("occurredAt", command.occurredAt(), "must not be after the current time " + now)));
        }
        Interaction interaction = new Interaction(
                command.tenantId(),
                command.customerId(),
                UUID.randomUUID().toString(),
                command.channel(),
                command.direction(),
                command.type(),
                command.occurredAt() != null ? command.occurredAt().truncatedTo(ChronoUnit.MICROS) : now,
                command.staffMember(),
                command.summary());
        transactions.run(() -> {
            Customer customer = load(command.tenantId(), command.customerId());
            if (customer.isErased()) {
                throw new CustomerErasedException(customer.id());
            }
            interactions.append(interaction);
            events.publish(new InteractionRecorded(UUID.randomUUID(), now, interaction.tenantId(), interaction.customerId(),
                    interaction.id(), interaction.channel(), interaction.type()));
        });
        return interaction;
    }

    /** The customer, if it exists in the tenant. */
    public Optional<Customer> find(TenantId tenantId, CustomerId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return transactions.inTransaction(() -> customers.find(tenantId, id));
    }

    /**
     * The customer.
     *
     * @throws NotFoundException if it is not in the tenant
     */
    public Customer get(TenantId tenantId, CustomerId id) {
        return find(tenantId, id).orElseThrow(() -> notFound(tenantId, id));
    }

    /**
     * The customer holding a mobile number or email, given in any format {@link ContactType}
     * normalises.
     *
     * @throws ValidationException if {@code type} is not MOBILE or EMAIL
     */
    public Optional<Customer> findByContact(TenantId tenantId, ContactType type, String value) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(type, "type");
        checkNotNull(value, "value");
        TextRules.checkStorable("findByContact", "value", value);
        if (!type.isIdentifying()) {
            throw new ValidationException("findByContact", List.of(
                    Violation.of("type", type, "must be MOBILE or EMAIL; other contacts do not identify a customer")));
        }
        String normalized = type.normalize(value);
        return transactions.inTransaction(() -> customers.findByContact(tenantId, type, normalized));
    }

    /** The tenant's customers ordered by id, one page at a time. */
    public Page<Customer> list(TenantId tenantId, PageRequest request) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(request, "request");
        return transactions.inTransaction(() -> customers.page(tenantId, request));
    }

    /**
     * The customer's interactions, newest first, one page at a time.
     *
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Page<Interaction> interactions(TenantId tenantId, CustomerId id, PageRequest request) {
        checkNotNull(request, "request");
        return transactions.inTransaction(() -> {
            load(tenantId, id);
            return interactions.page(tenantId, id, request);
        });
    }

    /**
     * Everything held about the customer in this context; {@code Crm.privacy().exportDocument}
     * exports every context.
     *
     * @throws NotFoundException if the customer is not in the tenant
     */
    public CustomerExport export(TenantId tenantId, CustomerId id) {
        return transactions.inTransaction(() -> {
            Customer customer = load(tenantId, id);
            List<Interaction> all = new ArrayList<>();
            PageRequest request = PageRequest.first(EXPORT_PAGE);
            while (true) {
                Page<Interaction> page = interactions.page(tenantId, id, request);
                all.addAll(page.items());
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                request = PageRequest.after(page.nextCursor().get(), EXPORT_PAGE);
            }
            return new CustomerExport(customer, all, customer.isErased(), now());
        });
    }

    /**
     * Erases the customer's personal data: name, contacts, demographics, preferences, tags,
     * consents and interaction summaries. The id, stage, source, credit standing and timestamps
     * stay, so other contexts' totals remain consistent. Erasing twice does nothing. This is the
     * customer context's part only: {@code Crm.privacy().erase} erases every context (cases,
     * surveys, ledger and override reasons, waiting events) and calls this.
     *
     * @return the erased customer
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Customer erase(TenantId tenantId, CustomerId id) {
        return transactionsWithRetry(tenantId, id, null, true,
                current -> current.isErased() ? current : current.anonymised(now()),
                (before, after) -> {
                    interactions.anonymise(tenantId, id);
                    events.publish(new CustomerErased(UUID.randomUUID(), after.updatedAt(), tenantId, id));
                });
    }

    private Customer mutate(TenantId tenantId, CustomerId id, Long expectedVersion, UnaryOperator<Customer> change) {
        return transactionsWithRetry(tenantId, id, expectedVersion, false, change, (before, after) -> events.publish(
                new CustomerProfileChanged(UUID.randomUUID(), after.updatedAt(), tenantId, id, changedParts(before, after), after.version())));
    }

    private Customer transactionsWithRetry(
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

    /** Now, truncated to microseconds: the finest precision every supported database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Customer load(TenantId tenantId, CustomerId id) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        return customers.find(tenantId, id).orElseThrow(() -> notFound(tenantId, id));
    }

    private static NotFoundException notFound(TenantId tenantId, CustomerId id) {
        return new NotFoundException("customer", tenantId, id.value());
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

    /** Normalises mobile and email values and merges duplicates (verified if any copy was). */
    private static List<ContactPoint> normalized(List<ContactPoint> contacts) {
        if (contacts == null) {
            return List.of();
        }
        Map<String, ContactPoint> unique = new LinkedHashMap<>();
        for (ContactPoint contact : contacts) {
            ContactPoint n = contact.normalized();
            unique.merge(n.type() + "\u0000" + n.value(), n,
                    (a, b) -> new ContactPoint(a.type(), a.value(), a.verified() || b.verified()));
        }
        return List.copyOf(unique.values());
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
