package org.crmkit.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponCode;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTally;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.coupon.Coupons;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Coupons in maps; units of work are serialised, so a counter needs no lock of its own. */
final class InMemoryCoupons implements Coupons {

    private record Key(TenantId tenantId, String id) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, CouponTemplate> templates = new HashMap<>();
    private final Map<Key, Long> counters = new HashMap<>();
    private final Map<Key, Coupon> coupons = new HashMap<>();
    private final Map<Key, CouponId> byIssueKey = new HashMap<>();
    private final Map<Key, CouponLock> locks = new HashMap<>();
    private final Map<Key, String> lockKeys = new HashMap<>();
    private final Map<Key, CouponCode> codes = new HashMap<>();
    private final Map<Key, PurchaseReward> rewards = new HashMap<>();

    InMemoryCoupons(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private <V> void put(Map<Key, V> map, Key key, V value) {
        V old = map.put(key, value);
        transactions.onRollback(() -> {
            if (old == null) {
                map.remove(key);
            } else {
                map.put(key, old);
            }
        });
    }

    @Override
    public void saveTemplate(CouponTemplate template) {
        transactions.run(() -> put(templates, new Key(template.tenantId(), template.templateId()), template));
    }

    @Override
    public Optional<CouponTemplate> template(TenantId tenantId, String templateId) {
        return transactions.inTransaction(() -> Optional.ofNullable(templates.get(new Key(tenantId, templateId))));
    }

    @Override
    public void saveReward(PurchaseReward reward) {
        transactions.run(() -> put(rewards, new Key(reward.tenantId(), reward.rewardId()), reward));
    }

    @Override
    public Optional<PurchaseReward> reward(TenantId tenantId, String rewardId) {
        return transactions.inTransaction(() -> Optional.ofNullable(rewards.get(new Key(tenantId, rewardId))));
    }

    @Override
    public List<PurchaseReward> rewards(TenantId tenantId) {
        return transactions.inTransaction(() -> rewards.values().stream().filter(r -> r.tenantId().equals(tenantId))
                .sorted(java.util.Comparator.comparing(PurchaseReward::rewardId)).toList());
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return transactions.inTransaction(() -> counters.getOrDefault(new Key(tenantId, name), 0L));
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        transactions.run(() -> put(counters, new Key(tenantId, name), value));
    }

    @Override
    public void insert(List<Coupon> batch) {
        transactions.run(() -> {
            Set<Key> ids = new HashSet<>();
            Set<Key> keys = new HashSet<>();
            for (Coupon c : batch) {
                Key id = new Key(c.tenantId(), c.couponId().value());
                Key key = new Key(c.tenantId(), c.issueKey());
                if (coupons.containsKey(id) || !ids.add(id)) {
                    throw new DuplicateKeyException("coupon", "coupon id");
                }
                if (byIssueKey.containsKey(key) || !keys.add(key)) {
                    throw new DuplicateKeyException("coupon", "issue key");
                }
            }
            for (Coupon c : batch) {
                put(coupons, new Key(c.tenantId(), c.couponId().value()), c);
                put(byIssueKey, new Key(c.tenantId(), c.issueKey()), c.couponId());
            }
        });
    }

    @Override
    public Optional<Coupon> coupon(TenantId tenantId, CouponId couponId) {
        return transactions.inTransaction(() -> Optional.ofNullable(coupons.get(new Key(tenantId, couponId.value()))));
    }

    @Override
    public Optional<Coupon> byIssueKey(TenantId tenantId, String issueKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(byIssueKey.get(new Key(tenantId, issueKey)))
                .map(id -> coupons.get(new Key(tenantId, id.value()))));
    }

    @Override
    public Set<String> issuedKeys(TenantId tenantId, Collection<String> issueKeys) {
        return transactions.inTransaction(() -> {
            Set<String> found = new HashSet<>();
            issueKeys.forEach(k -> {
                if (byIssueKey.containsKey(new Key(tenantId, k))) {
                    found.add(k);
                }
            });
            return found;
        });
    }

    @Override
    public List<Coupon> of(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> coupons.values().stream()
                .filter(c -> c.tenantId().equals(tenantId) && c.customerId().equals(customerId))
                .sorted(Comparator.comparing(Coupon::issuedAt).thenComparing(c -> c.couponId().value()).reversed())
                .toList());
    }

    @Override
    public void update(Coupon coupon) {
        transactions.run(() -> {
            Key key = new Key(coupon.tenantId(), coupon.couponId().value());
            Coupon stored = coupons.get(key);
            if (stored == null || stored.version() != coupon.version() - 1) {
                throw new StaleVersionException("coupon", coupon.couponId().value(), coupon.version() - 1);
            }
            put(coupons, key, coupon);
        });
    }

    @Override
    public Optional<CouponLock> lock(TenantId tenantId, String orderReference) {
        return transactions.inTransaction(() -> Optional.ofNullable(locks.get(new Key(tenantId, orderReference))));
    }

    @Override
    public Optional<CouponLock> lockByKey(TenantId tenantId, String idempotencyKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(lockKeys.get(new Key(tenantId, idempotencyKey)))
                .map(order -> locks.get(new Key(tenantId, order))));
    }

    @Override
    public void insertLock(CouponLock lock) {
        transactions.run(() -> {
            Key key = new Key(lock.tenantId(), lock.orderReference());
            Key idem = new Key(lock.tenantId(), lock.idempotencyKey());
            if (locks.containsKey(key) || lockKeys.containsKey(idem)) {
                throw new DuplicateKeyException("coupon lock", "order reference or idempotency key");
            }
            put(locks, key, lock);
            put(lockKeys, idem, lock.orderReference());
        });
    }

    @Override
    public void updateLock(CouponLock lock) {
        transactions.run(() -> {
            Key key = new Key(lock.tenantId(), lock.orderReference());
            CouponLock stored = locks.get(key);
            if (stored == null || stored.version() != lock.version() - 1) {
                throw new StaleVersionException("coupon lock", lock.orderReference(), lock.version() - 1);
            }
            if (!stored.idempotencyKey().equals(lock.idempotencyKey())) {
                Key idem = new Key(lock.tenantId(), lock.idempotencyKey());
                if (lockKeys.containsKey(idem)) {
                    throw new DuplicateKeyException("coupon lock", "idempotency key");
                }
                Key old = new Key(lock.tenantId(), stored.idempotencyKey());
                lockKeys.remove(old);
                transactions.onRollback(() -> lockKeys.put(old, stored.orderReference()));
                put(lockKeys, idem, lock.orderReference());
            }
            put(locks, key, lock);
        });
    }

    @Override
    public List<CouponLock> timedOutLocks(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> locks.values().stream()
                .filter(l -> InMemoryTenants.matches(tenantId, l.tenantId()))
                .filter(l -> l.timedOutAt(now) && Coupons.shardOf(l.tenantId(), l.orderReference()) % shards == shard)
                .sorted(Comparator.comparing(CouponLock::expiresAt))
                .limit(limit)
                .toList());
    }

    @Override
    public List<Coupon> endedCoupons(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> coupons.values().stream()
                .filter(c -> InMemoryTenants.matches(tenantId, c.tenantId()))
                .filter(c -> c.unusedAt(now) && !c.validUntil().isAfter(now)
                        && Coupons.shardOf(c.tenantId(), c.couponId().value()) % shards == shard)
                .sorted(Comparator.comparing(Coupon::validUntil))
                .limit(limit)
                .toList());
    }

    @Override
    public void insertCode(CouponCode code) {
        transactions.run(() -> {
            Key key = new Key(code.tenantId(), code.code());
            if (codes.containsKey(key)) {
                throw new DuplicateKeyException("coupon code", "code");
            }
            put(codes, key, code);
        });
    }

    @Override
    public Optional<CouponCode> code(TenantId tenantId, String code) {
        return transactions.inTransaction(() -> Optional.ofNullable(codes.get(new Key(tenantId, code))));
    }

    @Override
    public List<CouponTally> tally(TenantId tenantId) {
        return transactions.inTransaction(() -> {
            Map<String, Map<CouponStatus, long[]>> counts = new TreeMap<>();
            Map<String, Map<CouponStatus, BigDecimal>> sums = new HashMap<>();
            for (Coupon c : coupons.values()) {
                if (!c.tenantId().equals(tenantId)) {
                    continue;
                }
                counts.computeIfAbsent(c.templateId(), k -> new TreeMap<>()).computeIfAbsent(c.status(), k -> new long[1])[0]++;
                sums.computeIfAbsent(c.templateId(), k -> new HashMap<>())
                        .merge(c.status(), c.discount() == null ? BigDecimal.ZERO : c.discount().amount(), BigDecimal::add);
            }
            List<CouponTally> tally = new ArrayList<>();
            counts.forEach((template, byStatus) -> byStatus.forEach((status, n) ->
                    tally.add(new CouponTally(template, status, n[0], sums.get(template).get(status)))));
            return tally;
        });
    }
}
