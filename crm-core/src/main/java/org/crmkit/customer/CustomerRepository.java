package org.crmkit.customer;

import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
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
}
