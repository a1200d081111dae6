package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the storage of coupon templates, issued coupons, claim codes, checkout locks and the
 * counters that bound stock and per-customer limits. Every method joins the caller's unit of work;
 * every lookup names one tenant. The contract suites in crm-core's test jar check an implementation.
 *
 * @since 0.2
 */
public interface Coupons {

    /** Stores or replaces a template. */
    void saveTemplate(CouponTemplate template);

    /** The tenant's template, if defined. */
    Optional<CouponTemplate> template(TenantId tenantId, String templateId);

    /** Stores or replaces a purchase reward (购物返券). */
    void saveReward(PurchaseReward reward);

    /** The tenant's purchase reward, if defined. */
    Optional<PurchaseReward> reward(TenantId tenantId, String rewardId);

    /** The tenant's purchase rewards, active or not, by reward id. */
    List<PurchaseReward> rewards(TenantId tenantId);

    /**
     * Reads the tenant's counter {@code name}, creating it at 0, and locks it until the unit of work
     * ends: a concurrent unit locking the same counter waits. With {@link #setCounter}, the way
     * stock and limits are counted without a read-then-write race.
     */
    long lockCounter(TenantId tenantId, String name);

    /** Sets a counter this unit of work locked with {@link #lockCounter}. */
    void setCounter(TenantId tenantId, String name, long value);

    /**
     * Locks several counters as {@link #lockCounter} does each, in name order, and returns their
     * values by name. A store should do it in a few statements whatever the count; this default
     * locks one at a time.
     */
    default Map<String, Long> lockCounters(TenantId tenantId, Collection<String> names) {
        Map<String, Long> values = new java.util.HashMap<>();
        names.stream().distinct().sorted().forEach(name -> values.put(name, lockCounter(tenantId, name)));
        return values;
    }

    /** Sets counters this unit of work locked; this default sets one at a time. */
    default void setCounters(TenantId tenantId, Map<String, Long> values) {
        values.forEach((name, value) -> setCounter(tenantId, name, value));
    }

    /**
     * Adds issued coupons (version 0), in one batch where the store can.
     *
     * @throws DuplicateKeyException if a coupon id or issue key is taken in the tenant
     */
    void insert(List<Coupon> coupons);

    /** The tenant's coupon. */
    Optional<Coupon> coupon(TenantId tenantId, CouponId couponId);

    /** The coupon the tenant's issue key issued. */
    Optional<Coupon> byIssueKey(TenantId tenantId, String issueKey);

    /** Which of {@code issueKeys} issued a coupon in the tenant. */
    Set<String> issuedKeys(TenantId tenantId, Collection<String> issueKeys);

    /** The customer's coupons, newest first. */
    List<Coupon> of(TenantId tenantId, CustomerId customerId);

    /**
     * Replaces a coupon whose stored version is {@code coupon.version() - 1}. A storage may send it
     * with the unit of work's next round trip instead of now.
     *
     * @throws StaleVersionException if the stored version differs (now, or where it is sent: the
     *     unit of work must then be rolled back, and the outermost retries it)
     */
    void update(Coupon coupon);

    /** The order's lock. */
    Optional<CouponLock> lock(TenantId tenantId, String orderReference);

    /** The lock placed with the tenant's idempotency key. */
    Optional<CouponLock> lockByKey(TenantId tenantId, String idempotencyKey);

    /**
     * The lock placed with the tenant's idempotency key and the order's lock, each once (one lock
     * may be both): the two that locking an order's coupons reads first, which a storage may read
     * in one go. The default asks {@link #lockByKey} and {@link #lock}.
     *
     * @since 0.3
     */
    default List<CouponLock> locksByKeyOrOrder(TenantId tenantId, String idempotencyKey, String orderReference) {
        List<CouponLock> found = new ArrayList<>(2);
        lockByKey(tenantId, idempotencyKey).ifPresent(found::add);
        lock(tenantId, orderReference).filter(l -> !l.idempotencyKey().equals(idempotencyKey)).ifPresent(found::add);
        return found;
    }

    /**
     * Adds a lock (version 0). A storage may send it with the unit of work's next round trip
     * instead of now.
     *
     * @throws DuplicateKeyException if the order or the key has a lock in the tenant (now, or where
     *     it is sent)
     */
    void insertLock(CouponLock lock);

    /**
     * Replaces a lock whose stored version is {@code lock.version() - 1}; the order reference stays.
     * A storage may send it with the unit of work's next round trip instead of now.
     *
     * @throws StaleVersionException if the stored version differs (now, or where it is sent)
     * @throws DuplicateKeyException if its idempotency key is another lock's in the tenant
     */
    void updateLock(CouponLock lock);

    /**
     * Up to {@code limit} open locks of the tenant, or of every tenant when {@code tenantId} is
     * null, that timed out at {@code now}, of shard {@code shard} of {@code shards} (by tenant and
     * order reference, see {@link #shardOf}), oldest expiry first. With a tenant the read names
     * that tenant, so a distributed store reads only the node holding it.
     */
    List<CouponLock> timedOutLocks(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit);

    /**
     * Up to {@code limit} coupons of the tenant, or of every tenant when {@code tenantId} is null,
     * still available or locked whose window ended at {@code now}, of shard {@code shard} of {@code
     * shards} (by tenant and coupon id, see {@link #shardOf}). With a tenant the read names that
     * tenant, as {@link #timedOutLocks} does.
     */
    List<Coupon> endedCoupons(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit);

    /**
     * Adds a claim code.
     *
     * @throws DuplicateKeyException if the code exists in the tenant
     */
    void insertCode(CouponCode code);

    /** The tenant's claim code. */
    Optional<CouponCode> code(TenantId tenantId, String code);

    /** The tenant's coupons counted by template and status, with the sum of their discounts, by template id and status. */
    List<CouponTally> tally(TenantId tenantId);

    /** The shard key of a tenant's lock or coupon: a non-negative number, the same in every store. */
    static int shardOf(TenantId tenantId, String id) {
        return (tenantId.value() + "/" + id).hashCode() & 0x7fffffff;
    }
}
