package org.crmkit.loyalty;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.crmkit.shared.TenantId;

/**
 * Keeps programmes read by this service for a short time, so that a ledger operation does not
 * read and parse its programme every time. Changes made through this service are seen at once;
 * changes made by another application instance within {@link #TTL_NANOS} (one second).
 */
final class ProgrammeCache {

    /** How long a programme read from storage is reused. */
    static final long TTL_NANOS = 1_000_000_000L;

    private record Key(TenantId tenantId, ProgrammeId id) {}

    private record Cached(LoyaltyProgramme programme, long readAt) {}

    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    /** The cached programme, or what {@code load} returns (cached when present). */
    Optional<LoyaltyProgramme> get(TenantId tenantId, ProgrammeId id, Supplier<Optional<LoyaltyProgramme>> load) {
        Key key = new Key(tenantId, id);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.readAt() < TTL_NANOS) {
            return Optional.of(cached.programme());
        }
        Optional<LoyaltyProgramme> loaded = load.get();
        loaded.ifPresentOrElse(p -> cache.put(key, new Cached(p, now)), () -> cache.remove(key));
        return loaded;
    }

    /** Forgets a programme, e.g. after it was redefined. */
    void forget(TenantId tenantId, ProgrammeId id) {
        cache.remove(new Key(tenantId, id));
    }
}
