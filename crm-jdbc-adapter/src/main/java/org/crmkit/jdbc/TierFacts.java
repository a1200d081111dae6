package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.FactTotals;
import org.crmkit.tier.MetricFact;

/** The facts that move members' qualifying metrics, in crm_tier_fact: written once per key, read in time order. */
final class TierFacts {

    private static final String COLUMNS = "fact_key, customer_id, programme_id, order_id, spend_units, orders, growth, at";
    private static final String INSERT = Sql.insert("crm_tier_fact", "tenant_id, " + COLUMNS, 1);
    /** The index of the facts by member, (tenant, customer, programme, time, key). */
    private static final String BY_MEMBER = "crm_tier_fact_by_member";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String ofMemberSql;

    TierFacts(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.ofMemberSql = ofMember(dialect);
    }

    /** Whether the tenant has a fact under a key: one row if so; its parameters are the tenant id and the key. */
    static final String KEY_TAKEN = "SELECT 1 FROM crm_tier_fact WHERE tenant_id = ? AND fact_key = ?";

    /**
     * Records the fact with the unit's next round trip (PostgreSQL): it skips a taken key, and the
     * count of rows it wrote is checked (by the database where it can), a taken key failing the unit
     * with {@link DuplicateKeyException} there.
     */
    void addWithNext(MetricFact f) {
        transactions.writeOneRowWithNext(INSERT + " ON CONFLICT DO NOTHING", row(f), () -> new DuplicateKeyException("tier fact", "key"));
    }

    /** Records the fact; false if a fact with its key was recorded before. */
    boolean add(MetricFact f) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, INSERT, row(f)));
    }

    /** The parameters of {@link #INSERT} for a fact. */
    private static Object[] row(MetricFact f) {
        return new Object[] {f.tenantId().value(), f.key(), f.customerId().value(), f.programmeId().value(), Sql.text(f.orderId()),
            f.spendUnits(), f.orders(), f.growth(), f.at()};
    }

    Optional<MetricFact> find(TenantId tenantId, String key) {
        return transactions.withConnection(c -> {
            List<MetricFact> found = read(c, tenantId, " WHERE tenant_id = ? AND fact_key = ?", tenantId.value(), key);
            return found.stream().findFirst();
        });
    }

    /**
     * One member's facts, oldest first, through the member's index whatever the plan's statistics (see {@link
     * Dialect#readThrough}); its parameters are the tenant, customer and programme ids.
     */
    static String ofMember(Dialect dialect) {
        return ofMember(dialect, "");
    }

    /**
     * {@link #ofMember}, of the facts dated after an instant only (PostgreSQL): its parameters are
     * the tenant, customer and programme ids, then the instant.
     *
     * <p>The instant comes from a scalar subquery, whose value PostgreSQL does not look at when it
     * plans, so every plan estimates the range alike: compared with a bare parameter (or one plus
     * a zero interval, which the planner evaluates for its estimate), the plans made for each
     * instant looked cheaper than the prepared statement's generic plan, and PostgreSQL planned the
     * read again at every execution (62 us of the server's time a purchase, more than the read
     * saved for a history of 60 facts).
     */
    static String ofMemberAfter(Dialect dialect) {
        return ofMember(dialect, " AND at > (SELECT CAST(? AS TIMESTAMP WITH TIME ZONE))");
    }

    private static String ofMember(Dialect dialect, String condition) {
        return "SELECT " + COLUMNS + " FROM crm_tier_fact" + dialect.readThrough(BY_MEMBER) + MemberIds.WHERE_MEMBER + condition
                + " ORDER BY at, fact_key";
    }

    /**
     * The count and sums of one member's facts dated at or before an instant, and whether one of
     * them counts an order (PostgreSQL: {@code BOOL_OR}): its parameters are the order id (or
     * null), the tenant, customer and programme ids, then the instant. An index-only scan of
     * {@code crm_tier_fact_by_member}, which includes the summed columns (V025), where the
     * visibility map allows.
     */
    static final String TOTALS_UNTIL = "SELECT COUNT(*), COALESCE(SUM(spend_units), 0), COALESCE(SUM(orders), 0), COALESCE(SUM(growth), 0),"
            + " COALESCE(BOOL_OR(orders > 0 AND order_id = CAST(? AS TEXT)), FALSE) FROM crm_tier_fact" + MemberIds.WHERE_MEMBER
            + " AND at <= ?";

    /** The totals of a result set of {@link #TOTALS_UNTIL}'s columns, summed up to {@code until}. */
    static FactTotals totals(ResultSet rs, Instant until) throws SQLException {
        rs.next();
        return new FactTotals(until, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5));
    }

    /** One member's facts, oldest first. */
    List<MetricFact> of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, ofMemberSql, tenantId.value(), customerId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                return read(rs, tenantId);
            }
        });
    }

    /**
     * Some members' facts on PostgreSQL, member by member ({@link IdList#eachId}), each
     * member's oldest first: the member ids' array, the tenant and the programme.
     */
    static final String OF_MEMBERS_ID_BY_ID = IdList.eachId("x.*", "SELECT " + COLUMNS + " FROM crm_tier_fact WHERE tenant_id = ?"
            + " AND customer_id = ids.id AND programme_id = ?", " ORDER BY ids.n, x.at, x.fact_key");

    /** Some members' facts, oldest first, by member. */
    Map<CustomerId, List<MetricFact>> of(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        if (dialect.readsIdById()) {
            return transactions.withConnection(c -> {
                Map<CustomerId, List<MetricFact>> facts = new LinkedHashMap<>();
                try (PreparedStatement s = Sql.prepare(c, OF_MEMBERS_ID_BY_ID, IdList.sortedArray(customerIds.stream().map(CustomerId::value)
                        .toList()), tenantId.value(), programmeId.value()); ResultSet rs = s.executeQuery()) {
                    read(rs, tenantId).forEach(fact -> facts.computeIfAbsent(fact.customerId(), k -> new ArrayList<>()).add(fact));
                }
                return facts;
            });
        }
        Set<CustomerId> wanted = new HashSet<>(customerIds);
        return transactions.withConnection(c -> {
            Map<CustomerId, List<MetricFact>> facts = new LinkedHashMap<>();
            for (MetricFact fact : read(c, tenantId, dialect.readThrough(BY_MEMBER) + MemberIds.rangeWhere(dialect, customerIds.size())
                            + " ORDER BY customer_id, at, fact_key",
                    MemberIds.rangeParams(dialect, tenantId, programmeId, customerIds))) {
                if (wanted.contains(fact.customerId())) {
                    facts.computeIfAbsent(fact.customerId(), k -> new ArrayList<>()).add(fact);
                }
            }
            return facts;
        });
    }

    private static List<MetricFact> read(Connection c, TenantId tenantId, String where, Object... params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_tier_fact" + where, params);
                ResultSet rs = s.executeQuery()) {
            return read(rs, tenantId);
        }
    }

    /** The facts of a result set of {@link #ofMember}'s columns, in its order. */
    static List<MetricFact> read(ResultSet rs, TenantId tenantId) throws SQLException {
        List<MetricFact> facts = new ArrayList<>();
        while (rs.next()) {
            facts.add(new MetricFact(tenantId, CustomerId.of(rs.getString("customer_id")), ProgrammeId.of(rs.getString("programme_id")),
                    rs.getString("fact_key"), rs.getString("order_id"), rs.getLong("spend_units"), rs.getInt("orders"),
                    rs.getLong("growth"), Sql.instant(rs, "at")));
        }
        return facts;
    }
}
