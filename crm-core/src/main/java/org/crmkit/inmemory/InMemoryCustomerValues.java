package org.crmkit.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.CustomerValues;

final class InMemoryCustomerValues implements CustomerValues {

    private final InMemoryTransactions transactions;
    private final Map<TenantId, NavigableMap<String, CustomerValue>> values = new HashMap<>();

    InMemoryCustomerValues(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void saveAll(List<CustomerValue> batch) {
        transactions.run(() -> {
            for (CustomerValue v : batch) {
                NavigableMap<String, CustomerValue> map = values.computeIfAbsent(v.tenantId(), t -> new TreeMap<>());
                CustomerValue before = map.put(v.customerId().value(), v);
                transactions.onRollback(() -> {
                    if (before == null) {
                        map.remove(v.customerId().value());
                    } else {
                        map.put(v.customerId().value(), before);
                    }
                });
            }
        });
    }

    @Override
    public Optional<CustomerValue> find(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> Optional.ofNullable(values.getOrDefault(tenantId, new TreeMap<>()).get(customerId.value())));
    }

    @Override
    public Page<CustomerValue> page(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, CustomerValue> map = values.getOrDefault(tenantId, new TreeMap<>());
            NavigableMap<String, CustomerValue> rest = request.cursor() == null ? map
                    : map.tailMap(CursorCodec.decode(request.cursor(), 1).get(0), false);
            return Pages.first(rest.values(), request.limit(), v -> CursorCodec.encode(v.customerId().value()));
        });
    }
}
