package org.crmkit.shared;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reuses a value read from storage for one second, to spare hot paths a read of rarely changed
 * definitions (loyalty programmes, tier ladders). The instance that changes a definition forgets
 * it at once; other application instances see the change within the second. Thread-safe.
 *
 * @param <K> the key, e.g. a tenant and programme id
 * @param <V> the cached value
 * @since 0.1
 */
public final class ShortLivedCache<K, V> {

    /** How long a value read from storage is reused. */
    public static final long TTL_NANOS = 1_000_000_000L;

    private record Cached<V>(V value, long readAt) {}

    private final ConcurrentHashMap<K, Cached<V>> cache = new ConcurrentHashMap<>();

    /** The cached value, or what {@code load} returns (cached when present). */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        long now = System.nanoTime();
        Cached<V> cached = cache.get(key);
        if (cached != null && now - cached.readAt() < TTL_NANOS) {
            return Optional.of(cached.value());
        }
        Optional<V> loaded = load.get();
        loaded.ifPresentOrElse(v -> cache.put(key, new Cached<>(v, now)), () -> cache.remove(key));
        return loaded;
    }

    /** Forgets a value, e.g. after it was redefined. */
    public void forget(K key) {
        cache.remove(key);
    }
}
