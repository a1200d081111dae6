package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        return "SELECT " + COLUMNS + " FROM crm_tier_fact" + dialect.readThrough(BY_MEMBER) + MemberIds.WHERE_MEMBER
                + " ORDER BY at, fact_key";
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
