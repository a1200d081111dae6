package org.crmkit.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponCode;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTally;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.coupon.Coupons;
import org.crmkit.offer.coupon.LockStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Coupons in crm_coupon_template (definition as JSON), crm_coupon_reward (purchase rewards, as JSON),
 * crm_coupon, crm_coupon_code and crm_coupon_lock; stock, limits and code claims in crm_counter through {@link LedgerCounters}.
 */
final class JdbcCoupons implements Coupons {

    private static final String COUPON_COLUMNS = "tenant_id, coupon_id, template_id, customer_id, issue_key, issued_at, valid_from,"
            + " valid_until, status, order_reference, locked_until, currency, discount, shard_hash, version";
    /** The coupon table's inserts, of one row and of any number as {@link ArrayRows}. */
    private static final JdbcTransactions.Table COUPONS = JdbcTransactions.Table.of("crm_coupon", COUPON_COLUMNS,
            "text, text, text, text, text, timestamptz, timestamptz, timestamptz, text, text, timestamptz, text, numeric, integer, bigint");
    private static final String LOCK_COLUMNS = "tenant_id, order_reference, idempotency_key, fingerprint, customer_id, status, created_at,"
            + " expires_at, currency, lines_discount, shipping_discount, free_shipping, applied, shard_hash, version";
    private static final TypeReference<List<AppliedCoupon>> APPLIED = new TypeReference<>() {};
    private static final String UPDATE_COUPON = "UPDATE crm_coupon SET status = ?, order_reference = ?, locked_until = ?, currency = ?,"
            + " discount = ?, version = ? WHERE tenant_id = ? AND coupon_id = ? AND version = ?";
    private static final String UPDATE_LOCK = "UPDATE crm_coupon_lock SET idempotency_key = ?, fingerprint = ?, customer_id = ?, status = ?,"
            + " created_at = ?, expires_at = ?, currency = ?, lines_discount = ?, shipping_discount = ?, free_shipping = ?, applied = ?,"
            + " version = ? WHERE tenant_id = ? AND order_reference = ? AND version = ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final LedgerCounters counters;

    JdbcCoupons(JdbcTransactions transactions, Dialect dialect, LedgerCounters counters) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.counters = counters;
    }

    @Override
    public void saveTemplate(CouponTemplate template) {
        transactions.withConnection(c -> Sql.update(c, dialect.upsert("crm_coupon_template", "tenant_id, template_id, definition",
                "tenant_id, template_id", 1, "definition"), template.tenantId().value(), template.templateId(), Json.write(template)));
    }

    @Override
    public Optional<CouponTemplate> template(TenantId tenantId, String templateId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT definition FROM crm_coupon_template WHERE tenant_id = ? AND template_id = ?",
                    tenantId.value(), templateId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Json.read(rs.getString(1), CouponTemplate.class)) : Optional.empty();
            }
        });
    }

    @Override
    public void saveReward(PurchaseReward reward) {
        transactions.withConnection(c -> Sql.update(c, dialect.upsert("crm_coupon_reward", "tenant_id, reward_id, definition",
                "tenant_id, reward_id", 1, "definition"), reward.tenantId().value(), reward.rewardId(), Json.write(reward)));
    }

    @Override
    public Optional<PurchaseReward> reward(TenantId tenantId, String rewardId) {
        List<PurchaseReward> found = readRewards("SELECT definition FROM crm_coupon_reward WHERE tenant_id = ? AND reward_id = ?",
                tenantId.value(), rewardId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<PurchaseReward> rewards(TenantId tenantId) {
        return readRewards("SELECT definition FROM crm_coupon_reward WHERE tenant_id = ? ORDER BY reward_id", tenantId.value());
    }

    private List<PurchaseReward> readRewards(String sql, Object... args) {
        return transactions.withConnection(c -> {
            List<PurchaseReward> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(Json.read(rs.getString(1), PurchaseReward.class));
                }
            }
            return found;
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return counters.lock(tenantId, name);
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        counters.set(tenantId, name, value);
    }

    @Override
    public Map<String, Long> lockCounters(TenantId tenantId, Collection<String> names) {
        return counters.lockAll(tenantId, names);
    }

    @Override
    public void setCounters(TenantId tenantId, Map<String, Long> values) {
        counters.setAll(tenantId, values);
    }

    @Override
    public void insert(List<Coupon> coupons) {
        if (coupons.isEmpty()) {
            return;
        }
        transactions.withConnection(c -> {
            List<Object[]> rows = new ArrayList<>();
            for (Coupon k : coupons) {
                rows.add(new Object[] {k.tenantId().value(), k.couponId().value(), k.templateId(), k.customerId().value(), k.issueKey(),
                    k.issuedAt(), k.validFrom(), k.validUntil(), k.status(), Sql.text(k.orderReference()), Sql.timestamp(k.lockedUntil()),
                    k.discount() == null ? Sql.NULL_TEXT : k.discount().currency().getCurrencyCode(),
                    k.discount() == null ? Sql.NULL_DECIMAL : k.discount().amount(), Coupons.shardOf(k.tenantId(), k.couponId().value()),
                    k.version()});
            }
            try {
                transactions.insertNow(c, COUPONS, rows);
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new org.crmkit.shared.DuplicateKeyException("coupon", "coupon id or issue key");
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<Coupon> coupon(TenantId tenantId, CouponId couponId) {
        return coupons(tenantId, "coupon_id = ?", couponId.value()).stream().findFirst();
    }

    @Override
    public Optional<Coupon> byIssueKey(TenantId tenantId, String issueKey) {
        return coupons(tenantId, "issue_key = ?", issueKey).stream().findFirst();
    }

    /** The issue keys taken in a tenant, key by key ({@link IdList#eachId}): the keys' array, then the tenant. */
    static final String ISSUED_KEYS_ID_BY_ID = IdList.eachId("x.issue_key", "SELECT issue_key FROM crm_coupon WHERE tenant_id = ?"
            + " AND issue_key = ids.id", "");

    @Override
    public Set<String> issuedKeys(TenantId tenantId, Collection<String> issueKeys) {
        if (issueKeys.isEmpty()) {
            return Set.of();
        }
        return transactions.withConnection(c -> {
            // IdList, not a bare IN list: H2 would read every coupon of the tenant for each page of a segment issue
            List<Object> params = new ArrayList<>();
            String sql;
            if (dialect.readsIdById() && issueKeys.size() > 1) {
                params.add(IdList.sortedArray(issueKeys));
                params.add(tenantId.value());
                sql = ISSUED_KEYS_ID_BY_ID;
            } else {
                params.add(tenantId.value());
                params.addAll(IdList.rangeParams(dialect, issueKeys));
                sql = "SELECT issue_key FROM crm_coupon WHERE tenant_id = ? AND " + IdList.rangeCondition(dialect, "issue_key", issueKeys.size());
            }
            Set<String> wanted = new HashSet<>(issueKeys); // on H2 the range read also holds others' keys
            Set<String> found = new HashSet<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (wanted.contains(key)) {
                        found.add(key);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<Coupon> of(TenantId tenantId, CustomerId customerId) {
        return coupons(tenantId, "customer_id = ? ORDER BY issued_at DESC, coupon_id DESC", customerId.value());
    }

    private List<Coupon> coupons(TenantId tenantId, String where, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = tenantId.value();
        System.arraycopy(params, 0, all, 1, params.length);
        return selectCoupons("SELECT " + COUPON_COLUMNS + " FROM crm_coupon WHERE tenant_id = ? AND " + where, all);
    }

    private List<Coupon> selectCoupons(String sql, Object... params) {
        return transactions.withConnection(c -> {
            List<Coupon> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(readCoupon(rs));
                }
            }
            return found;
        });
    }

    private static Coupon readCoupon(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        BigDecimal discount = rs.getBigDecimal("discount");
        return new Coupon(TenantId.of(rs.getString("tenant_id")), CouponId.of(rs.getString("coupon_id")), rs.getString("template_id"),
                CustomerId.of(rs.getString("customer_id")), rs.getString("issue_key"), Sql.instant(rs, "issued_at"),
                Sql.instant(rs, "valid_from"), Sql.instant(rs, "valid_until"), Sql.enumValue(rs, "status", CouponStatus.class),
                rs.getString("order_reference"), Sql.instant(rs, "locked_until"),
                discount == null ? null : money(discount, Currency.getInstance(currency.trim())), rs.getLong("version"));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    @Override
    public void update(Coupon k) {
        // its version check goes with the unit's next round trip on PostgreSQL
        transactions.writeOneRowWithNext(UPDATE_COUPON, new Object[] {k.status(), Sql.text(k.orderReference()), Sql.timestamp(k.lockedUntil()),
                k.discount() == null ? Sql.NULL_TEXT : k.discount().currency().getCurrencyCode(),
                k.discount() == null ? Sql.NULL_DECIMAL : k.discount().amount(), k.version(), k.tenantId().value(), k.couponId().value(),
                k.version() - 1}, () -> new StaleVersionException("coupon", k.couponId().value(), k.version() - 1));
    }

    @Override
    public Optional<CouponLock> lock(TenantId tenantId, String orderReference) {
        return locks("SELECT " + LOCK_COLUMNS + " FROM crm_coupon_lock WHERE tenant_id = ? AND order_reference = ?", tenantId.value(),
                orderReference).stream().findFirst();
    }

    @Override
    public Optional<CouponLock> lockByKey(TenantId tenantId, String idempotencyKey) {
        return locks("SELECT " + LOCK_COLUMNS + " FROM crm_coupon_lock WHERE tenant_id = ? AND idempotency_key = ?", tenantId.value(),
                idempotencyKey).stream().findFirst();
    }

    @Override
    public List<CouponLock> locksByKeyOrOrder(TenantId tenantId, String idempotencyKey, String orderReference) {
        // one round trip, each half on its own unique index; the second leaves out a lock the first found
        return locks("SELECT " + LOCK_COLUMNS + " FROM crm_coupon_lock WHERE tenant_id = ? AND idempotency_key = ?"
                + " UNION ALL SELECT " + LOCK_COLUMNS + " FROM crm_coupon_lock WHERE tenant_id = ? AND order_reference = ?"
                + " AND idempotency_key <> ?", tenantId.value(), idempotencyKey, tenantId.value(), orderReference, idempotencyKey);
    }

    @Override
    public void insertLock(CouponLock l) {
        // with the unit's next round trip on PostgreSQL; a taken order or key fails it there
        transactions.writeWithNext(new JdbcTransactions.DeferredStatement(Sql.insert("crm_coupon_lock", LOCK_COLUMNS, 1), new Object[] {
                l.tenantId().value(), l.orderReference(), l.idempotencyKey(), l.fingerprint(), l.customerId().value(), l.status(),
                l.createdAt(), l.expiresAt(), l.linesDiscount().currency().getCurrencyCode(), l.linesDiscount().amount(),
                l.shippingDiscount().amount(), l.freeShipping(), Json.write(l.applied()), Coupons.shardOf(l.tenantId(), l.orderReference()),
                l.version()}, JdbcTransactions.ANY_RESULT,
                e -> takenLock(e) ? new org.crmkit.shared.DuplicateKeyException("coupon lock", "order reference or idempotency key") : null));
    }

    @Override
    public void updateLock(CouponLock l) {
        // its version check goes with the unit's next round trip on PostgreSQL
        transactions.writeOneRowWithNext(UPDATE_LOCK, new Object[] {l.idempotencyKey(), l.fingerprint(), l.customerId().value(), l.status(),
                l.createdAt(), l.expiresAt(), l.linesDiscount().currency().getCurrencyCode(), l.linesDiscount().amount(),
                l.shippingDiscount().amount(), l.freeShipping(), Json.write(l.applied()), l.version(), l.tenantId().value(), l.orderReference(),
                l.version() - 1}, () -> new StaleVersionException("coupon lock", l.orderReference(), l.version() - 1),
                e -> takenLock(e) ? new org.crmkit.shared.DuplicateKeyException("coupon lock", "idempotency key") : null);
    }

    /** Whether {@code e} says a lock's order reference or idempotency key is taken (and not some other statement's key, sent with it). */
    private static boolean takenLock(SQLException e) {
        return Dialect.isUniqueViolationOf(e, "crm_coupon_lock");
    }

    @Override
    public List<CouponLock> timedOutLocks(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return locks("SELECT " + LOCK_COLUMNS + " FROM crm_coupon_lock" + TenantFilter.where(tenantId, "status = 'OPEN' AND expires_at <= ?"
                + " AND MOD(shard_hash, ?) = ? ORDER BY expires_at LIMIT ?"), TenantFilter.parameters(tenantId, now, shards, shard, limit));
    }

    @Override
    public List<Coupon> endedCoupons(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return selectCoupons("SELECT " + COUPON_COLUMNS + " FROM crm_coupon" + TenantFilter.where(tenantId, "valid_until <= ?"
                + " AND status IN ('AVAILABLE', 'LOCKED') AND (status = 'AVAILABLE' OR locked_until <= ?) AND MOD(shard_hash, ?) = ?"
                + " ORDER BY valid_until LIMIT ?"), TenantFilter.parameters(tenantId, now, now, shards, shard, limit));
    }

    private List<CouponLock> locks(String sql, Object... params) {
        return transactions.withConnection(c -> {
            List<CouponLock> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(readLock(rs));
                }
            }
            return found;
        });
    }

    private static CouponLock readLock(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        List<AppliedCoupon> applied;
        try {
            applied = Json.MAPPER.readValue(rs.getString("applied"), APPLIED);
        } catch (JsonProcessingException e) {
            throw new StorageException("could not read the coupons of a stored coupon lock", e);
        }
        return new CouponLock(TenantId.of(rs.getString("tenant_id")), rs.getString("order_reference"), rs.getString("idempotency_key"),
                rs.getString("fingerprint"), CustomerId.of(rs.getString("customer_id")), applied,
                money(rs.getBigDecimal("lines_discount"), currency), money(rs.getBigDecimal("shipping_discount"), currency),
                rs.getBoolean("free_shipping"), Sql.enumValue(rs, "status", LockStatus.class), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"), rs.getLong("version"));
    }

    @Override
    public void insertCode(CouponCode code) {
        transactions.withConnection(c -> Sql.insertUnique("coupon code", "code", c, Sql.insert("crm_coupon_code",
                "tenant_id, code, template_id, claim_limit", 1), code.tenantId().value(), code.code(), code.templateId(), code.claimLimit()));
    }

    @Override
    public Optional<CouponCode> code(TenantId tenantId, String code) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT template_id, claim_limit FROM crm_coupon_code WHERE tenant_id = ? AND code = ?",
                    tenantId.value(), code); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new CouponCode(tenantId, code, rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        });
    }

    @Override
    public List<CouponTally> tally(TenantId tenantId) {
        return transactions.withConnection(c -> {
            List<CouponTally> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT template_id, status, COUNT(*), COALESCE(SUM(discount), 0) FROM crm_coupon"
                    + " WHERE tenant_id = ? GROUP BY template_id, status ORDER BY template_id, status", tenantId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new CouponTally(rs.getString(1), CouponStatus.valueOf(rs.getString(2)), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
            return found;
        });
    }
}
