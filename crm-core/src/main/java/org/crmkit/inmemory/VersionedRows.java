package org.crmkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Rows of one aggregate kind, each under its tenant and id, found also by the idempotency key that
 * created it, replaced by optimistic version, paged by id; every change undone if its unit of work
 * fails. Callers run inside the unit of work.
 */
final class VersionedRows<V> {

    private record Key(TenantId tenantId, String creationKey) {}

    private final InMemoryTransactions transactions;
    private final ToLongFunction<V> versionOf;
    private final Map<TenantId, NavigableMap<String, V>> byTenant = new HashMap<>();
    private final Map<Key, String> byKey = new HashMap<>();

    VersionedRows(InMemoryTransactions transactions, ToLongFunction<V> versionOf) {
        this.transactions = transactions;
        this.versionOf = versionOf;
    }

    boolean insert(TenantId tenantId, String id, String creationKey, V row) {
        NavigableMap<String, V> rows = byTenant.computeIfAbsent(tenantId, t -> new TreeMap<>());
        Key key = new Key(tenantId, creationKey);
        if (rows.containsKey(id) || byKey.containsKey(key)) {
            return false;
        }
        rows.put(id, row);
        byKey.put(key, id);
        transactions.onRollback(() -> {
            rows.remove(id);
            byKey.remove(key);
        });
        return true;
    }

    Optional<V> find(TenantId tenantId, String id) {
        return Optional.ofNullable(byTenant.getOrDefault(tenantId, new TreeMap<>()).get(id));
    }

    Optional<V> findByKey(TenantId tenantId, String creationKey) {
        return Optional.ofNullable(byKey.get(new Key(tenantId, creationKey))).flatMap(id -> find(tenantId, id));
    }

    boolean update(TenantId tenantId, String id, V row, long expectedVersion) {
        NavigableMap<String, V> rows = byTenant.get(tenantId);
        V before = rows == null ? null : rows.get(id);
        if (before == null || versionOf.applyAsLong(before) != expectedVersion) {
            return false;
        }
        rows.put(id, row);
        transactions.onRollback(() -> rows.put(id, before));
        return true;
    }

    Page<V> page(TenantId tenantId, PageRequest request) {
        NavigableMap<String, V> rows = byTenant.getOrDefault(tenantId, new TreeMap<>());
        NavigableMap<String, V> rest = request.cursorValue().map(last -> rows.tailMap(last, false)).orElse(rows);
        Page<Map.Entry<String, V>> page = Pages.first(rest.entrySet(), request.limit(), Map.Entry::getKey);
        return Page.of(page.items().stream().map(Map.Entry::getValue).toList(), page.nextCursor().orElse(null));
    }

    Stream<V> all(TenantId tenantId) {
        return byTenant.getOrDefault(tenantId, new TreeMap<>()).values().stream();
    }

    Stream<V> everyTenant() {
        return byTenant.values().stream().flatMap(rows -> rows.values().stream());
    }
}
