package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.tier.FactTotals;
import org.crmkit.tier.LadderDefinition;
import org.crmkit.tier.LockedMembership;
import org.crmkit.tier.Membership;
import org.crmkit.tier.Memberships;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierOverride;
import org.jspecify.annotations.Nullable;

/**
 * Tiers over SQL: ladders in crm_tier_ladder (the rules and the tiers as JSON, so decimals keep
 * their scale; the qualifying metric and the policy by their specs), memberships in crm_membership
 * with a version column, facts in crm_tier_fact keyed by their idempotency key, the history in
 * crm_tier_history, and counters in the loyalty ledger's crm_counter.
 */
final class JdbcMemberships implements Memberships {

    private static final String MEMBERSHIP_COLUMNS = "customer_id, tier_code, since, upgraded_at, joined_on, last_assessed_on,"
            + " override_tier, override_reason, override_actor, override_until, version";

    /**
     * A page of a programme's members after a customer id. The order names the whole key, so H2
     * reads the page in index order instead of sorting every later member for each page.
     */
    static final String PAGE = "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership" + MemberIds.WHERE_PROGRAMME
            + " AND customer_id > ? ORDER BY tenant_id, programme_id, customer_id LIMIT ?";

    private static final String UPDATE_MEMBERSHIP = "UPDATE crm_membership SET tier_code = ?, since = ?, upgraded_at = ?, joined_on = ?,"
            + " last_assessed_on = ?, override_tier = ?, override_reason = ?, override_actor = ?, override_until = ?,"
            + " version = ?" + MemberIds.WHERE_PROGRAMME + " AND customer_id = ? AND version = ?";
    /** {@link #UPDATE_MEMBERSHIP}'s parameters, in order, as columns of {@link ArrayRows}, and their SQL types. */
    private static final String UPDATE_COLUMNS = "tier_code, since, upgraded_at, joined_on, last_assessed_on, override_tier, override_reason,"
            + " override_actor, override_until, version, tenant_id, programme_id, customer_id, old_version";
    private static final String UPDATE_TYPES = "text, timestamptz, timestamptz, date, date, text, text, text, timestamptz, bigint, text, text, text,"
            + " bigint";
    /**
     * Many memberships in one statement, their rows as {@link ArrayRows} (PostgreSQL, not Citus), each behind its version
     * guard. Each row names its whole key, so PostgreSQL finds each membership by the primary key, whatever it takes the
     * tenant's size to be.
     */
    private static final String UPDATE_MEMBERSHIPS = "UPDATE crm_membership AS m SET tier_code = r.tier_code, since = r.since,"
            + " upgraded_at = r.upgraded_at, joined_on = r.joined_on, last_assessed_on = r.last_assessed_on, override_tier = r.override_tier,"
            + " override_reason = r.override_reason, override_actor = r.override_actor, override_until = r.override_until, version = r.version"
            + " FROM " + ArrayRows.unnest("r", UPDATE_COLUMNS, UPDATE_TYPES) + " WHERE m.tenant_id = r.tenant_id"
            + " AND m.programme_id = r.programme_id AND m.customer_id = r.customer_id AND m.version = r.old_version";

    private final JdbcTransactions transactions;
    /** One membership; its parameters are the tenant, customer and programme ids. */
    static final String SELECT_MEMBER = "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership" + MemberIds.WHERE_MEMBER;

    private final LedgerCounters counters;
    private final TierFacts facts;
    private final TierHistory history;
    private final Dialect.LockingRead lockMember;
    /** Where a lock is one query ({@link #lockWithFacts}): the lock, the member's facts, their last history line's sequence. */
    private final String lockWithFactsSql;
    /** {@link #lockWithFactsSql} with the facts after an instant only (their sum up to it comes last in the round trip). */
    private final String lockWithRecentFactsSql;
    /** Where a lock is one query: a counter's lock after the membership's ({@link LedgerCounters#lockAfter}); null on H2. */
    private final @Nullable String lockCounterAfterMember;
    private final Dialect dialect;

    private static final String LADDER_COLUMNS = "tenant_id, programme_id, zone, policy, tiers";

    JdbcMemberships(JdbcTransactions transactions, Dialect dialect, LedgerCounters counters) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lockMember = dialect.lockingRead(SELECT_MEMBER, "UPDATE crm_membership SET version = version" + MemberIds.WHERE_MEMBER);
        this.lockWithFactsSql = lockMember.query() + "; " + TierFacts.ofMember(dialect) + "; " + TierHistory.LAST_OF_MEMBER;
        this.lockWithRecentFactsSql = lockMember.query() + "; " + TierFacts.ofMemberAfter(dialect) + "; " + TierHistory.LAST_OF_MEMBER;
        this.counters = counters;
        this.lockCounterAfterMember = counters.lockAfter(List.of(lockMember.query()));
        this.facts = new TierFacts(transactions, dialect);
        this.history = new TierHistory(transactions, dialect);
    }

    @Override
    public void saveLadder(LadderDefinition ladder) {
        transactions.withConnection(c -> {
            Sql.update(c, "DELETE FROM crm_tier_ladder" + MemberIds.WHERE_PROGRAMME, ladder.tenantId().value(), ladder.programmeId().value());
            return Sql.update(c, "INSERT INTO crm_tier_ladder (tenant_id, programme_id, zone, policy, tiers) VALUES (?, ?, ?, ?, ?)",
                    ladder.tenantId().value(), ladder.programmeId().value(), ladder.zone().getId(),
                    LadderRules.write(ladder), Json.write(ladder.tiers()));
        });
    }

    @Override
    public Optional<LadderDefinition> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + LADDER_COLUMNS + " FROM crm_tier_ladder" + MemberIds.WHERE_PROGRAMME,
                    tenantId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(ladder(rs)) : Optional.<LadderDefinition>empty();
            }
        });
    }

    @Override
    public List<LadderDefinition> ladders(@Nullable TenantId tenantId) {
        return transactions.withConnection(c -> {
            String ofTenant = tenantId == null ? "" : " WHERE tenant_id = ?";
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + LADDER_COLUMNS + " FROM crm_tier_ladder" + ofTenant
                    + " ORDER BY tenant_id, programme_id", TenantFilter.parameters(tenantId)); ResultSet rs = s.executeQuery()) {
                List<LadderDefinition> ladders = new ArrayList<>();
                while (rs.next()) {
                    ladders.add(ladder(rs));
                }
                return ladders;
            }
        });
    }

    private static LadderDefinition ladder(ResultSet rs) throws SQLException {
        LadderRules rules = LadderRules.read(rs.getString("policy"));
        return new LadderDefinition(TenantId.of(rs.getString("tenant_id")), ProgrammeId.of(rs.getString("programme_id")),
                List.of(Json.read(rs.getString("tiers"), Tier[].class)), rules.metric(), rules.policy(), rules.growthEarning(),
                ZoneId.of(rs.getString("zone")));
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
    public Optional<Membership> lock(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        forget(tenantId, customerId, programmeId);
        return transactions.withConnection(c -> selectMembership(c, tenantId, customerId, programmeId, true));
    }

    @Override
    public Optional<LockedMembership> lockWithFacts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId,
            @Nullable String factKey, List<String> counterNames) {
        return lockWithFacts(tenantId, customerId, programmeId, factKey, counterNames, null, null);
    }

    /**
     * On PostgreSQL in one round trip: the lock, then the member's facts (those after {@code
     * sumUntil} one by one and the rest summed, where it is given), the sequence of their last
     * history line, whether the fact key is taken and the counters' locks (each only if the
     * membership exists, see {@link LedgerCounters#lockAfter}), each after the membership's lock is
     * granted. Elsewhere every fact one by one, in statements of their own.
     */
    @Override
    public Optional<LockedMembership> lockWithFacts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId,
            @Nullable String factKey, List<String> counterNames, @Nullable Instant sumUntil, @Nullable String orderId) {
        forget(tenantId, customerId, programmeId);
        if (!dialect.sendsStatementsTogether() || lockCounterAfterMember == null) {
            return Memberships.super.lockWithFacts(tenantId, customerId, programmeId, factKey, counterNames);
        }
        String t = tenantId.value();
        String member = customerId.value();
        String p = programmeId.value();
        StringBuilder sql = new StringBuilder(sumUntil == null ? lockWithFactsSql : lockWithRecentFactsSql);
        List<Object> params = new ArrayList<>(List.of(t, member, p, t, member, p));
        if (sumUntil != null) {
            params.add(sumUntil);
        }
        params.addAll(List.of(t, member, p));
        if (factKey != null) {
            sql.append("; ").append(TierFacts.KEY_TAKEN);
            params.add(t);
            params.add(factKey);
        }
        int first = factKey == null ? 3 : 4;
        for (String name : counterNames) {
            sql.append("; ").append(lockCounterAfterMember);
            params.addAll(List.of(t, name, t, member, p));
        }
        int totalsPart = first + counterNames.size();
        if (sumUntil != null) {
            sql.append("; ").append(TierFacts.TOTALS_UNTIL);
            params.addAll(List.of(Sql.text(orderId), t, member, p, sumUntil));
        }
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, sql.toString(), params.toArray())) {
                List<Optional<Membership>> locked = new ArrayList<>(1);
                List<List<MetricFact>> facts = new ArrayList<>(1);
                long[] last = new long[1];
                Map<String, Long> counterValues = new HashMap<>();
                boolean[] keyFree = new boolean[1];
                List<FactTotals> earlier = new ArrayList<>(1);
                Sql.eachResult(s, totalsPart + (sumUntil == null ? 0 : 1), (part, rs) -> {
                    if (part == 0) {
                        locked.add(member(rs, tenantId, programmeId));
                    } else if (part == 1) {
                        facts.add(TierFacts.read(rs, tenantId));
                    } else if (part == 2) {
                        last[0] = rs.next() ? rs.getLong(1) : 0;
                    } else if (part < first) {
                        keyFree[0] = !rs.next();
                    } else if (part == totalsPart) {
                        earlier.add(TierFacts.totals(rs, sumUntil));
                    } else if (rs.next()) {
                        counterValues.put(counterNames.get(part - first), rs.getLong(1));
                    }
                });
                FactTotals summed = earlier.isEmpty() ? null : earlier.get(0);
                return locked.get(0).map(m -> new LockedMembership(m, facts.get(0), last[0], counterValues, keyFree[0], summed));
            }
        });
    }

    /** Drops a membership read ahead: the unit is about to lock or change it. */
    private void forget(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        transactions.dropReadAhead(new MemberRead(tenantId.value(), customerId.value(), programmeId.value()));
    }

    /** What a kept membership answers ({@link JdbcTransactions#keepReadAhead}): one member's membership, or its absence. */
    record MemberRead(String tenantId, String customerId, String programmeId) {}

    /** The membership of a result set of {@link #SELECT_MEMBER}'s columns, if it has a row. */
    static Optional<Membership> member(ResultSet rs, TenantId tenantId, ProgrammeId programmeId) throws SQLException {
        return rs.next() ? Optional.of(membership(rs, tenantId, programmeId)) : Optional.empty();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A membership read ahead in the unit of work (with a purchase in the programme, see {@link
     * JdbcPurchases#insertWithTotals}, for the tier that earns its points) answers without a read.
     */
    @Override
    public Optional<Membership> find(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        if (transactions.takeReadAhead(new MemberRead(tenantId.value(), customerId.value(), programmeId.value())) instanceof Optional<?> kept) {
            return kept.map(Membership.class::cast);
        }
        return transactions.withConnection(c -> selectMembership(c, tenantId, customerId, programmeId, false));
    }

    @Override
    public void insert(Membership m) {
        forget(m.tenantId(), m.customerId(), m.programmeId());
        TierOverride o = m.override();
        transactions.withConnection(c -> {
            return Sql.insertUnique("membership", "customer id", c, "INSERT INTO crm_membership (tenant_id, programme_id, " + MEMBERSHIP_COLUMNS + ")"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    m.tenantId().value(), m.programmeId().value(), m.customerId().value(), m.tierCode(), m.since(), m.upgradedAt(),
                    m.joinedOn(), Sql.date(m.lastAssessedOn()), Sql.text(o == null ? null : o.tierCode()),
                    Sql.text(o == null ? null : o.reason()), Sql.text(o == null ? null : o.actor()),
                    Sql.timestamp(o == null ? null : o.until()), m.version());
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
        changed.forEach(m -> forget(m.tenantId(), m.customerId(), m.programmeId()));
        if (changed.size() == 1) {
            // one member's change (a purchase, an override): its version check goes with the unit's next round trip
            Membership m = changed.get(0);
            transactions.writeOneRowWithNext(UPDATE_MEMBERSHIP, updateValues(m),
                    () -> new StaleVersionException("membership", m.customerId().value(), m.version() - 1));
            return;
        }
        List<Object[]> rows = changed.stream().map(JdbcMemberships::updateValues).toList();
        if (transactions.sendsArrays()) {
            // a page of an assessment: one statement, with the unit's next round trip; one stale row refuses them all
            Membership first = changed.get(0);
            transactions.writeRowsWithNext(UPDATE_MEMBERSHIPS, ArrayRows.params(rows), rows.size(), () -> new StaleVersionException(
                    "membership", "one of " + rows.size() + " updated together, the first " + first.customerId().value(), first.version() - 1));
            return;
        }
        transactions.withConnection(c -> {
            int[] counts = Sql.batch(c, UPDATE_MEMBERSHIP, rows);
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
        customerIds.forEach(id -> forget(tenantId, id, programmeId));
        return selectAll(tenantId, programmeId, customerIds, " FOR UPDATE");
    }

    @Override
    public List<Membership> findAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return selectAll(tenantId, programmeId, customerIds, "");
    }

    /** The customers' memberships of the programme in customer id order, with {@code suffix} (a lock or nothing). */
    private List<Membership> selectAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds, String suffix) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return transactions.withConnection(c -> {
            List<Membership> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + MEMBERSHIP_COLUMNS + " FROM crm_membership"
                            + MemberIds.where(dialect, customerIds.size()) + " ORDER BY customer_id" + suffix,
                    MemberIds.params(dialect, tenantId, programmeId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(membership(rs, tenantId, programmeId));
                }
            }
            return found;
        });
    }

    @Override
    public boolean addFact(MetricFact fact) {
        return facts.add(fact);
    }

    /** Where statements go together (PostgreSQL), with the unit's next round trip; elsewhere now. */
    @Override
    public void addNewFact(MetricFact fact) {
        if (!dialect.sendsStatementsTogether()) {
            Memberships.super.addNewFact(fact);
            return;
        }
        facts.addWithNext(fact);
    }

    @Override
    public Optional<MetricFact> fact(TenantId tenantId, String key) {
        return facts.find(tenantId, key);
    }

    @Override
    public List<MetricFact> facts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return facts.of(tenantId, customerId, programmeId);
    }

    @Override
    public Map<CustomerId, List<MetricFact>> facts(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return facts.of(tenantId, programmeId, customerIds);
    }

    @Override
    public void appendChanges(List<TierChange> changes) {
        history.append(changes);
    }

    @Override
    public Map<CustomerId, Long> lastSequences(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return history.lastSequences(tenantId, programmeId, customerIds);
    }

    @Override
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return history.of(tenantId, customerId, programmeId);
    }

    @Override
    public void anonymiseOverrideNotes(TenantId tenantId, CustomerId customerId) {
        history.anonymiseOverrideNotes(tenantId, customerId);
    }

    @Override
    public long count(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COUNT(*) FROM crm_membership" + MemberIds.WHERE_PROGRAMME,
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
            try (PreparedStatement s = Sql.prepare(c, PAGE, tenantId.value(), programmeId.value(), after, request.limit() + 1);
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

    private Optional<Membership> selectMembership(
            Connection c, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, boolean forUpdate) throws SQLException {
        Object[] key = {tenantId.value(), customerId.value(), programmeId.value()};
        try (PreparedStatement s = forUpdate ? lockMember.prepare(c, key) : Sql.prepare(c, SELECT_MEMBER, key); ResultSet rs = s.executeQuery()) {
            return member(rs, tenantId, programmeId);
        }
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
}
