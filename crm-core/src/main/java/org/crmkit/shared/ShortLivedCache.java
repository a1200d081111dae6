package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reuses a value read from storage for one second, to spare hot paths a read of rarely changed
 * definitions (loyalty programmes, tier ladders). The instance that changes a definition forgets
 * it at once; other application instances see the change within the second. Holds at most
 * {@link #MAXIMUM_SIZE} values, evicting the least recently used, so a process serving many
 * tenants does not keep every definition it ever read. Thread-safe.
 *
 * @param <K> the key, e.g. a tenant and programme id
 * @param <V> the cached value
 * @since 0.1
 */
public final class ShortLivedCache<K, V> {

    /** How long a value read from storage is reused. */
    public static final long TTL_NANOS = 1_000_000_000L;

    /** How many values one cache holds at most. */
    public static final long MAXIMUM_SIZE = 10_000;

    /** Values read, and for {@link #getRememberingAbsence} also their absence. */
    private final Cache<K, Optional<V>> cache;

    /** A cache of at most {@link #MAXIMUM_SIZE} values, each reused for {@link #TTL_NANOS}. */
    public ShortLivedCache() {
        this(Ticker.systemTicker(), MAXIMUM_SIZE);
    }

    ShortLivedCache(Ticker ticker, long maximumSize) {
        checkArgument(maximumSize > 0, "maximumSize must be > 0 but was %s", maximumSize);
        this.cache = CacheBuilder.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(Duration.ofNanos(TTL_NANOS))
                .ticker(ticker)
                .build();
    }

    /**
     * The cached value, or what {@code load} returns (cached when present). An absent value is read
     * again on every call, so a definition another instance just made is found at once.
     */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        Optional<V> cached = cache.getIfPresent(key);
        if (cached != null && cached.isPresent()) {
            return cached;
        }
        Optional<V> loaded = load.get();
        loaded.ifPresentOrElse(v -> cache.put(key, loaded), () -> cache.invalidate(key));
        return loaded;
    }

    /**
     * Like {@link #get}, but an absent value is remembered for the same second too: for a hot path
     * that asks about definitions most tenants never make (a programme without a tier ladder), where
     * seeing another instance's new definition up to a second late does no harm.
     */
    public Optional<V> getRememberingAbsence(K key, Supplier<Optional<V>> load) {
        Optional<V> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Optional<V> loaded = load.get();
        cache.put(key, loaded);
        return loaded;
    }

    /** Forgets a value, e.g. after it was redefined. */
    public void forget(K key) {
        cache.invalidate(key);
    }

    /** How many values are held now, after dropping expired ones. */
    long size() {
        cache.cleanUp();
        return cache.size();
    }
}
