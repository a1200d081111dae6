package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.offer.Checkouts;
import org.crmkit.offer.StoredCheckout;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/** Checkouts in a map keyed by tenant and order reference. */
final class InMemoryCheckouts implements Checkouts {

    private record Key(TenantId tenantId, String orderReference) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, StoredCheckout> checkouts = new HashMap<>();

    InMemoryCheckouts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insert(StoredCheckout checkout) {
        return transactions.inTransaction(() -> {
            Key key = new Key(checkout.quote().tenantId(), checkout.orderReference());
            if (checkouts.containsKey(key)) {
                return false;
            }
            checkouts.put(key, checkout);
            transactions.onRollback(() -> checkouts.remove(key));
            return true;
        });
    }

    @Override
    public Optional<StoredCheckout> find(TenantId tenantId, String orderReference) {
        return transactions.inTransaction(() -> Optional.ofNullable(checkouts.get(new Key(tenantId, orderReference))));
    }

    @Override
    public boolean update(StoredCheckout checkout, long expectedVersion) {
        return transactions.inTransaction(() -> {
            Key key = new Key(checkout.quote().tenantId(), checkout.orderReference());
            StoredCheckout before = checkouts.get(key);
            if (before == null || before.version() != expectedVersion) {
                return false;
            }
            checkouts.put(key, checkout);
            transactions.onRollback(() -> checkouts.put(key, before));
            return true;
        });
    }

    @Override
    public List<StoredCheckout> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> {
            List<StoredCheckout> found = new ArrayList<>();
            for (StoredCheckout c : checkouts.values()) {
                if (c.quote().tenantId().equals(tenantId) && c.quote().customerId().equals(customerId)) {
                    found.add(c);
                }
            }
            found.sort(Comparator.comparing((StoredCheckout c) -> c.quote().quotedAt()).thenComparing(StoredCheckout::orderReference));
            return found;
        });
    }
}
