package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.LadderDefinition;
import org.crmkit.tier.Membership;
import org.crmkit.tier.Memberships;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierOverride;

/**
 * Tiers over SQL: ladders in crm_tier_ladder (the rules and the tiers as JSON, so decimals keep
 * their scale; the qualifying metric and the policy by their specs), memberships in crm_membership
 * with a version column, facts in crm_tier_fact keyed by their idempotency key, the history in
 * crm_tier_history, and counters in the loyalty ledger's crm_counter.
 */
final class JdbcMemberships implements Memberships {

    private static final String MEMBERSHIP_COLUMNS = "customer_id, tier_code, since, upgraded_at, joined_on, last_assessed_on,"
            + " override_tier, override_reason, override_actor, override_until, version";
    private static final String WHERE_PROGRAMME = " WHERE tenant_id = ? AND programme_id = ?";
    private static final String WHERE_MEMBER = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JdbcPointsLedger counters;

    JdbcMemberships(JdbcTransactions transactions, Dialect dialect, JdbcPointsLedger counters) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.counters = counters;
    }

    @Override
    public void saveLadder(LadderDefinition ladder) {
        transactions.withConnection(c -> {
            Sql.update(c, "DELETE FROM crm_tier_ladder" + WHERE_PROGRAMME, ladder.tenantId().value(), ladder.programmeId().value());
            return Sql.update(c, "INSERT INTO crm_tier_ladder (tenant_id, programme_id, zone, policy, tiers) VALUES (?, ?, ?, ?, ?)",
                    ladder.tenantId().value(), ladder.programmeId().value(), ladder.zone().getId(),
                    LadderRules.write(ladder), Json.write(ladder.tiers()));
        });
    }

    @Override
    public Optional<LadderDefinition> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT zone, policy, tiers FROM crm_tier_ladder" + WHERE_PROGRAMME,
                    tenantId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<LadderDefinition>empty();
                }
                LadderRules rules = LadderRules.read(rs.getString("policy"));
                return Optional.of(new LadderDefinition(tenantId, programmeId, List.of(Json.read(rs.getString("tiers"), Tier[].class)),
                        rules.metric(), rules.policy(), rules.growthEarning(), ZoneId.of(rs.getString("zone"))));
            }
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return counters.lockCounter(tenantId, name);
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        counters.setCounter(tenantId, name, value);
    }

    @Override
    public Optional<Membership> lock(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> selectMembership(c, tenantId, customerId, programmeId, true));
    }

    @Override
    public Optional<Membership> find(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> selectMembership(c, tenantId, customerId, programmeId, false));
    }

    @Override
    public void insert(Membership m) {
        TierOverride o = m.override();
        transactions.withConnection(c -> {
            try {
                return Sql.update(c, "INSERT INTO crm_membership (tenant_id, programme_id, " + MEMBERSHIP_COLUMNS + ")"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        m.tenantId().value(), m.programmeId().value(), m.customerId().value(), m.tierCode(), m.since(), m.upgradedAt(),
                        m.joinedOn(), Sql.date(m.lastAssessedOn()), Sql.text(o == null ? null : o.tierCode()),
                        Sql.text(o == null ? null : o.reason()), Sql.text(o == null ? null : o.actor()),
                        Sql.timestamp(o == null ? null : o.until()), m.version());
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("membership", "customer id");
                }
                throw e;
            }
        });
    }

    @Override
    public void update(Membership m) {
        updateAll(List.of(m));
    }

    @Override
    public void updateAll(List<Membership> changed) {
        if (changed.isEmpty()) {
            return;
        }
        transactions.withConnection(c -> {
            int[] counts = Sql.batch(c, "UPDATE crm_membership SET tier_code = ?, since = ?, upgraded_at = ?, joined_on = ?,"
                            + " last_assessed_on = ?, override_tier = ?, override_reason = ?, override_actor = ?, override_until = ?,"
                            + " version = ?" + WHERE_PROGRAMME + " AND customer_id = ? AND version = ?",
                    changed.stream().map(JdbcMemberships::updateValues).toList());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    Membership m = changed.get(i);
                    throw new StaleVersionException("membership", m.customerId().value(), m.version() - 1);
                }
            }
            return null;
        });
    }

    private static Object[] updateValues(Membership m) {
        TierOverride o = m.override();
        return new Object[] {m.tierCode(), m.since(), m.upgradedAt(), m.joinedOn(), Sql.date(m.lastAssessedOn()),
                Sql.text(o == null ? null : o.tierCode()), Sql.text(o == null ? null : o.reason()),
                Sql.text(o == null ? null : o.actor()), Sql.timestamp(o == null ? null : o.until()), m.version(),
                m.tenantId().value(), m.programmeId().value(), m.customerId().value(), m.version() - 1};
    }

    @Override
    public List<Membership> lockAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return transactions.withConnection(c -> {
            List<Membership> locked = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership" + WHERE_PROGRAMME
                            + customers(customerIds.size()) + " ORDER BY customer_id FOR UPDATE",
                    params(tenantId, programmeId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    locked.add(membership(rs, tenantId, programmeId));
                }
            }
            return locked;
        });
    }

    @Override
    public Map<CustomerId, List<MetricFact>> facts(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return transactions.withConnection(c -> {
            Map<CustomerId, List<MetricFact>> facts = new LinkedHashMap<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, fact_key, order_id, spend_units, orders, growth, at FROM crm_tier_fact"
                            + WHERE_PROGRAMME + customers(customerIds.size()) + " ORDER BY customer_id, at, fact_key",
                    params(tenantId, programmeId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CustomerId customerId = CustomerId.of(rs.getString("customer_id"));
                    facts.computeIfAbsent(customerId, k -> new ArrayList<>()).add(fact(rs, tenantId, customerId, programmeId));
                }
            }
            return facts;
        });
    }

    /**
     * Some customers of a programme: the range of their ids, which indexes can seek (H2 does not
     * seek an IN list on a later index column), then the ids themselves; an IN list holds one page
     * of members at most. Bind with {@link #params}.
     */
    private static String customers(int count) {
        return " AND customer_id >= ? AND customer_id <= ? AND customer_id IN (" + Sql.placeholders(count) + ")";
    }

    /** The parameters of {@link #WHERE_PROGRAMME} and {@link #customers}: the ids' range, then the ids. */
    private static Object[] params(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        List<String> ids = customerIds.stream().map(CustomerId::value).sorted().toList();
        List<Object> params = new ArrayList<>(Arrays.asList(tenantId.value(), programmeId.value(), ids.get(0), ids.get(ids.size() - 1)));
        params.addAll(ids);
        return params.toArray();
    }

    @Override
    public boolean addFact(MetricFact f) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_tier_fact (tenant_id, fact_key, customer_id,"
                        + " programme_id, order_id, spend_units, orders, growth, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.tenantId().value(), f.key(), f.customerId().value(), f.programmeId().value(), Sql.text(f.orderId()), f.spendUnits(),
                f.orders(), f.growth(), f.at()));
    }

    @Override
    public Optional<MetricFact> fact(TenantId tenantId, String key) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT fact_key, customer_id, programme_id, order_id, spend_units, orders, growth, at"
                            + " FROM crm_tier_fact WHERE tenant_id = ? AND fact_key = ?", tenantId.value(), key);
                    ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(fact(rs, tenantId, CustomerId.of(rs.getString("customer_id")), ProgrammeId.of(rs.getString("programme_id"))))
                        : Optional.empty();
            }
        });
    }

    @Override
    public List<MetricFact> facts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            List<MetricFact> facts = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT fact_key, order_id, spend_units, orders, growth, at FROM crm_tier_fact"
                            + WHERE_MEMBER + " ORDER BY at, fact_key",
                    tenantId.value(), customerId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(fact(rs, tenantId, customerId, programmeId));
                }
            }
            return facts;
        });
    }

    @Override
    public void appendChanges(List<TierChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        transactions.withConnection(c -> {
            List<Object> values = new ArrayList<>();
            for (TierChange h : changes) {
                values.addAll(Arrays.asList(h.tenantId().value(), h.customerId().value(), h.programmeId().value(), h.sequence(),
                        Sql.text(h.from()), h.to(), h.reason(), h.metric(), h.at(), Sql.text(h.note())));
            }
            String row = "(" + Sql.placeholders(10) + ")";
            try {
                return Sql.update(c, "INSERT INTO crm_tier_history (tenant_id, customer_id, programme_id, sequence, from_tier, to_tier,"
                        + " reason, metric, at, note) VALUES " + String.join(", ", java.util.Collections.nCopies(changes.size(), row)),
                        values.toArray());
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("tier history line", "member and sequence");
                }
                throw e;
            }
        });
    }

    @Override
    public Map<CustomerId, Long> lastSequences(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return transactions.withConnection(c -> {
            Map<CustomerId, Long> last = new HashMap<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, MAX(sequence) FROM crm_tier_history" + WHERE_PROGRAMME
                            + customers(customerIds.size()) + " GROUP BY customer_id",
                    params(tenantId, programmeId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last.put(CustomerId.of(rs.getString(1)), rs.getLong(2));
                }
            }
            return last;
        });
    }

    @Override
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            List<TierChange> history = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT sequence, from_tier, to_tier, reason, metric, at, note FROM crm_tier_history"
                            + WHERE_MEMBER + " ORDER BY sequence",
                    tenantId.value(), customerId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    history.add(new TierChange(tenantId, customerId, programmeId, rs.getLong("sequence"), rs.getString("from_tier"),
                            rs.getString("to_tier"), Sql.enumValue(rs, "reason", ChangeReason.class), rs.getLong("metric"),
                            Sql.instant(rs, "at"), rs.getString("note")));
                }
            }
            return history;
        });
    }

    @Override
    public long count(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COUNT(*) FROM crm_membership" + WHERE_PROGRAMME,
                    tenantId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Page<Membership> page(TenantId tenantId, ProgrammeId programmeId, PageRequest request) {
        return transactions.withConnection(c -> {
            String after = request.cursorValue().map(cursor -> CursorCodec.decode(cursor, 1).get(0)).orElse("");
            List<Membership> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership" + WHERE_PROGRAMME
                            + " AND customer_id > ? ORDER BY customer_id LIMIT ?",
                    tenantId.value(), programmeId.value(), after, request.limit() + 1);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(membership(rs, tenantId, programmeId));
                }
            }
            boolean more = items.size() > request.limit();
            List<Membership> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? CursorCodec.encode(page.get(page.size() - 1).customerId().value()) : null);
        });
    }

    private static Optional<Membership> selectMembership(
            Connection c, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership" + WHERE_PROGRAMME
                        + " AND customer_id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                tenantId.value(), programmeId.value(), customerId.value());
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(membership(rs, tenantId, programmeId)) : Optional.empty();
        }
    }

    private static MetricFact fact(ResultSet rs, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) throws SQLException {
        return new MetricFact(tenantId, customerId, programmeId, rs.getString("fact_key"), rs.getString("order_id"), rs.getLong("spend_units"),
                rs.getInt("orders"), rs.getLong("growth"), Sql.instant(rs, "at"));
    }

    private static Membership membership(ResultSet rs, TenantId tenantId, ProgrammeId programmeId) throws SQLException {
        String overrideTier = rs.getString("override_tier");
        TierOverride override = overrideTier == null ? null
                : new TierOverride(overrideTier, rs.getString("override_reason"), rs.getString("override_actor"),
                        Sql.instant(rs, "override_until"));
        return new Membership(tenantId, CustomerId.of(rs.getString("customer_id")), programmeId, rs.getString("tier_code"),
                Sql.instant(rs, "since"), Sql.instant(rs, "upgraded_at"), Sql.localDate(rs, "joined_on"),
                Sql.localDate(rs, "last_assessed_on"), override, rs.getLong("version"));
    }

    @Override
    public List<Membership> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.withConnection(c -> {
            List<Membership> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT programme_id, " + MEMBERSHIP_COLUMNS + " FROM crm_membership"
                            + " WHERE tenant_id = ? AND customer_id = ? ORDER BY programme_id", tenantId.value(), customerId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(membership(rs, tenantId, ProgrammeId.of(rs.getString("programme_id"))));
                }
            }
            return found;
        });
    }

    @Override
    public void anonymiseOverrideNotes(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_tier_history SET note = ? WHERE tenant_id = ? AND customer_id = ?"
                        + " AND reason = ? AND note IS NOT NULL AND note <> ?",
                PersonalData.ERASED, tenantId.value(), customerId.value(), ChangeReason.OVERRIDE.name(), PersonalData.ERASED));
    }
}
