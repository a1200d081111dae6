package org.crmkit.inmemory;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

final class InMemoryCustomerRepository implements CustomerRepository {

    private record ContactKey(TenantId tenantId, ContactType type, String value) {}

    private final InMemoryTransactions transactions;
    private final Map<TenantId, NavigableMap<String, Customer>> byTenant = new HashMap<>();
    private final Map<ContactKey, CustomerId> contactOwners = new HashMap<>();

    InMemoryCustomerRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Customer> find(TenantId tenantId, CustomerId id) {
        return transactions.inTransaction(() -> Optional.ofNullable(tenant(tenantId).get(id.value())));
    }

    @Override
    public Optional<LifecycleStage> stage(TenantId tenantId, CustomerId id) {
        return find(tenantId, id).map(Customer::stage);
    }

    @Override
    public Optional<Customer> findByContact(TenantId tenantId, ContactType type, String normalizedValue) {
        checkArgument(type.isIdentifying(), "%s does not identify a customer", type);
        return transactions.inTransaction(() -> Optional.ofNullable(contactOwners.get(new ContactKey(tenantId, type, normalizedValue)))
                .map(id -> tenant(tenantId).get(id.value())));
    }

    @Override
    public void insert(Customer customer) {
        transactions.run(() -> {
            NavigableMap<String, Customer> customers = tenant(customer.tenantId());
            if (customers.containsKey(customer.id().value())) {
                throw new DuplicateKeyException("customer", "customer id");
            }
            claimContacts(customer);
            customers.put(customer.id().value(), customer);
            transactions.onRollback(() -> customers.remove(customer.id().value()));
        });
    }

    @Override
    public void update(Customer customer) {
        transactions.run(() -> {
            NavigableMap<String, Customer> customers = tenant(customer.tenantId());
            Customer stored = customers.get(customer.id().value());
            if (stored == null || stored.version() != customer.version() - 1) {
                throw new StaleVersionException("customer", customer.id().value(), customer.version() - 1);
            }
            releaseContacts(stored);
            claimContacts(customer);
            customers.put(customer.id().value(), customer);
            transactions.onRollback(() -> customers.put(stored.id().value(), stored));
        });
    }

    @Override
    public Page<Customer> page(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, Customer> customers = tenant(tenantId);
            NavigableMap<String, Customer> rest = request.cursorValue()
                    .map(cursor -> customers.tailMap(CursorCodec.decode(cursor, 1).get(0), false))
                    .orElse(customers);
            return Pages.first(rest.values(), request.limit(), c -> CursorCodec.encode(c.id().value()));
        });
    }

    private NavigableMap<String, Customer> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new TreeMap<>());
    }

    private void claimContacts(Customer customer) {
        for (ContactPoint contact : customer.contacts()) {
            if (!contact.type().isIdentifying()) {
                continue;
            }
            ContactKey key = new ContactKey(customer.tenantId(), contact.type(), contact.value());
            CustomerId owner = contactOwners.get(key);
            if (owner != null && !owner.equals(customer.id())) {
                throw new DuplicateKeyException("customer", contact.type().label());
            }
            if (owner == null) {
                contactOwners.put(key, customer.id());
                transactions.onRollback(() -> contactOwners.remove(key));
            }
        }
    }

    private void releaseContacts(Customer customer) {
        for (ContactPoint contact : customer.contacts()) {
            if (contact.type().isIdentifying()) {
                ContactKey key = new ContactKey(customer.tenantId(), contact.type(), contact.value());
                if (contactOwners.remove(key, customer.id())) {
                    transactions.onRollback(() -> contactOwners.put(key, customer.id()));
                }
            }
        }
    }
}
