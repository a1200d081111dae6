package org.crmkit.customer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * Port: stores customer profiles. Implementations must be safe for concurrent use and take part
 * in the unit of work of the storage's {@link org.crmkit.shared.TransactionRunner}.
 *
 * <p>The contract is pinned down by {@code CustomerRepositoryContract} in crm-core's test jar;
 * run it against a new implementation.
 *
 * @since 0.1
 */
public interface CustomerRepository {

    /** The customer with {@code id} in {@code tenantId}; empty if absent or in another tenant. */
    Optional<Customer> find(TenantId tenantId, CustomerId id);

    /**
     * The customer's lifecycle stage, or empty if the tenant has no such customer: one row read,
     * for paths that only need to know the customer exists (and where they stand).
     */
    Optional<LifecycleStage> stage(TenantId tenantId, CustomerId id);

    /**
     * Checks the tenant has the customer, reading only what {@link #stage} reads: for the many
     * commands that need to know the customer exists, not its profile.
     *
     * @throws NotFoundException if the tenant has no such customer
     * @since 0.2
     */
    default void requireExists(TenantId tenantId, CustomerId id) {
        if (stage(tenantId, id).isEmpty()) {
            throw new NotFoundException("customer", tenantId, id.value());
        }
    }

    /**
     * The customer holding an identifying contact value.
     *
     * @param type {@link ContactType#MOBILE} or {@link ContactType#EMAIL}
     * @param normalizedValue the value as {@link ContactType#normalize(String)} returns it
     * @throws IllegalArgumentException if {@code type} is not identifying
     */
    Optional<Customer> findByContact(TenantId tenantId, ContactType type, String normalizedValue);

    /**
     * Stores a new customer at version 0.
     *
     * @throws org.crmkit.shared.DuplicateKeyException naming {@code customer id}, {@code mobile} or
     *     {@code email} if that value is already taken in the tenant
     */
    void insert(Customer customer);

    /**
     * Replaces the stored profile with {@code customer}, whose version must be one more than the
     * stored one.
     *
     * @throws org.crmkit.shared.StaleVersionException if the stored version is not {@code
     *     customer.version() - 1} (or the customer is absent)
     * @throws org.crmkit.shared.DuplicateKeyException if a new mobile or email is taken by another
     *     customer of the tenant
     */
    void update(Customer customer);

    /** The tenant's customers ordered by id, one page at a time. */
    Page<Customer> page(TenantId tenantId, PageRequest request);

    /**
     * The lifecycle state of each of {@code customerIds} the tenant has, keyed by id (ids it does
     * not have are absent): what a batch job moving stages reads, for a page of customers at once.
     * The default reads each customer with {@link #find}; a storage overrides it with one read.
     *
     * @since 0.2
     */
    default Map<CustomerId, LifecycleState> lifecycleStates(TenantId tenantId, Collection<CustomerId> customerIds) {
        Map<CustomerId, LifecycleState> states = new LinkedHashMap<>();
        for (CustomerId id : customerIds) {
            find(tenantId, id).ifPresent(c -> states.put(id, new LifecycleState(id, c.stage(), c.version(), c.isErased())));
        }
        return states;
    }

    /**
     * Whether each of {@code customerIds} has consented to {@code channel}, keyed by id, for the
     * customers the tenant has and has not erased (ids it does not have, and erased customers, are
     * absent): what sending a page of campaign messages reads. The default reads each customer with
     * {@link #find}; a storage overrides it with one read.
     *
     * @since 0.2
     */
    default Map<CustomerId, Boolean> consentsTo(TenantId tenantId, Collection<CustomerId> customerIds, MarketingChannel channel) {
        Map<CustomerId, Boolean> consents = new LinkedHashMap<>();
        for (CustomerId id : customerIds) {
            find(tenantId, id).filter(c -> !c.isErased()).ifPresent(c -> consents.put(id, c.hasConsent(channel)));
        }
        return consents;
    }

    /**
     * Moves the stages of some of the tenant's customers, each only if its stored version is still
     * the move's {@link StageMove#fromVersion}; nothing else of a profile changes. The default
     * reads and {@linkplain #update updates} each customer; a storage overrides it with one batch.
     *
     * @throws StaleVersionException if a customer's stored version is not the move's (or the
     *     customer is absent); the unit of work is then rolled back and retried
     * @since 0.2
     */
    default void moveStages(TenantId tenantId, List<StageMove> moves) {
        for (StageMove move : moves) {
            Customer stored = find(tenantId, move.customerId())
                    .filter(c -> c.version() == move.fromVersion())
                    .orElseThrow(() -> new StaleVersionException("customer", move.customerId().value(), move.fromVersion()));
            update(stored.withStage(move.to()).nextVersion(move.at()));
        }
    }
}
