package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.marketing.campaign.Campaign;
import org.crmkit.marketing.campaign.CampaignMember;
import org.crmkit.marketing.campaign.Campaigns;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Campaigns in {@code crm_campaign} (the definition as JSON) and their audiences in {@code
 * crm_campaign_member}; a customer's campaign contacts are locked through a counter named {@code
 * campaign-contact/<customer id>}.
 */
final class JdbcCampaigns implements Campaigns {

    private static final String MEMBER_COLUMNS = "tenant_id, campaign_id, customer_id, control, status, settled_at, reason, shard_key";
    /** The member table's inserts, of one row and of any number as {@link ArrayRows}. */
    private static final JdbcTransactions.Table MEMBERS_TABLE = JdbcTransactions.Table.of("crm_campaign_member", MEMBER_COLUMNS,
            "text, text, text, boolean, text, timestamptz, text, integer");
    /**
     * A page of one campaign's audience in primary-key order. Ordered by customer_id alone, H2 does
     * not see that the key (tenant, campaign, customer) already sorts the rows: it read every row
     * after the page's start and sorted them to keep 500, so walking an audience cost the square of
     * its size (a 1,000,000-member send did not finish in 47 minutes).
     */
    static final String KEY_ORDER = " ORDER BY tenant_id, campaign_id, customer_id LIMIT ?";
    /** The audience of one campaign (bind tenant, campaign). */
    static final String MEMBERS = "WHERE tenant_id = ? AND campaign_id = ?";
    /** Its pending members of one shard (bind tenant, campaign, shards, shard). */
    static final String PENDING = MEMBERS + " AND status = 'PENDING' AND MOD(shard_key, ?) = ?";
    /** The next page's start (bind the last customer id of the page before). */
    static final String AFTER = " AND customer_id > ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final LedgerCounters counters;

    JdbcCampaigns(JdbcTransactions transactions, Dialect dialect, LedgerCounters counters) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.counters = counters;
    }

    @Override
    public Optional<Campaign> find(TenantId tenantId, String campaignId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT targets, controls, definition FROM crm_campaign WHERE tenant_id = ?"
                    + " AND campaign_id = ?", tenantId.value(), campaignId); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Campaign k = Json.read(rs.getString("definition"), Campaign.class);
                return Optional.of(new Campaign(k.tenantId(), k.campaignId(), k.name(), k.segment(), k.channel(), k.content(), k.offer(),
                        k.controlShare(), k.seed(), k.attributionDays(), k.sendAt(), k.quietHours(), k.frequencyCap(), k.launchedAt(),
                        rs.getLong("targets"), rs.getLong("controls")));
            }
        });
    }

    @Override
    public void insert(Campaign k) {
        transactions.withConnection(c -> Sql.insertUnique("campaign", "campaign id", c, Sql.insert("crm_campaign",
                "tenant_id, campaign_id, launched_at, targets, controls, definition", 1), k.tenantId().value(), k.campaignId(), k.launchedAt(),
                k.targets(), k.controls(), Json.write(k)));
    }

    @Override
    public void complete(TenantId tenantId, String campaignId, long targets, long controls) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_campaign SET targets = ?, controls = ? WHERE tenant_id = ? AND campaign_id = ?",
                targets, controls, tenantId.value(), campaignId));
    }

    @Override
    public void lock(TenantId tenantId, String campaignId) {
        Dialect.LockingRead read = dialect.lockingRead("SELECT campaign_id FROM crm_campaign WHERE tenant_id = ? AND campaign_id = ?",
                "UPDATE crm_campaign SET targets = targets WHERE tenant_id = ? AND campaign_id = ?");
        transactions.withConnection(c -> {
            try (PreparedStatement s = read.prepare(c, tenantId.value(), campaignId); ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public void lockContacts(TenantId tenantId, Collection<CustomerId> customers) {
        counters.lockAll(tenantId, customers.stream().map(id -> "campaign-contact/" + id.value()).toList());
    }

    @Override
    public Set<CustomerId> snapshotted(TenantId tenantId, String campaignId, Collection<CustomerId> customers) {
        if (customers.isEmpty()) {
            return Set.of();
        }
        List<String> ids = customers.stream().map(CustomerId::value).toList();
        Set<String> wanted = new HashSet<>(ids); // on H2 the range read also holds others' rows
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), campaignId));
        params.addAll(IdList.rangeParams(dialect, ids));
        return transactions.withConnection(c -> {
            Set<CustomerId> found = new HashSet<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id FROM crm_campaign_member WHERE tenant_id = ? AND campaign_id = ? AND "
                    + IdList.rangeCondition(dialect, "customer_id", ids.size()), params.toArray()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (wanted.contains(id)) {
                        found.add(CustomerId.of(id));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void insertMembers(List<CampaignMember> members) {
        if (members.isEmpty()) {
            return;
        }
        transactions.withConnection(c -> {
            List<Object[]> rows = new ArrayList<>(members.size());
            for (CampaignMember m : members) {
                rows.add(row(m));
            }
            try {
                transactions.insertNow(c, MEMBERS_TABLE, rows);
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("campaign member", "campaign and customer");
                }
                throw e;
            }
            return null;
        });
    }

    private static Object[] row(CampaignMember m) {
        return new Object[] {m.tenantId().value(), m.campaignId(), m.customerId().value(), m.control(), m.status(),
            Sql.timestamp(m.settledAt()), Sql.text(m.reason()), CampaignMember.shardKey(m.customerId())};
    }

    @Override
    public List<CampaignMember> members(TenantId tenantId, String campaignId, @Nullable CustomerId after, int limit) {
        return after == null
                ? select(MEMBERS + KEY_ORDER, tenantId.value(), campaignId, limit)
                : select(MEMBERS + AFTER + KEY_ORDER, tenantId.value(), campaignId, after.value(), limit);
    }

    @Override
    public List<CampaignMember> pending(TenantId tenantId, String campaignId, int shard, int shards, @Nullable CustomerId after, int limit) {
        return after == null
                ? select(PENDING + KEY_ORDER, tenantId.value(), campaignId, shards, shard, limit)
                : select(PENDING + AFTER + KEY_ORDER, tenantId.value(), campaignId, shards, shard, after.value(), limit);
    }

    @Override
    public Set<CustomerId> settle(List<CampaignMember> settled) {
        if (settled.isEmpty()) {
            return Set.of();
        }
        return transactions.withConnection(c -> {
            List<Object[]> rows = new ArrayList<>(settled.size());
            for (CampaignMember m : settled) {
                rows.add(new Object[] {m.status(), Sql.timestamp(m.settledAt()), Sql.text(m.reason()), m.tenantId().value(), m.campaignId(),
                    m.customerId().value()});
            }
            int[] counts = Sql.batch(c, "UPDATE crm_campaign_member SET status = ?, settled_at = ?, reason = ? WHERE tenant_id = ?"
                    + " AND campaign_id = ? AND customer_id = ? AND status = 'PENDING'", rows);
            Set<CustomerId> claimed = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    claimed.add(settled.get(i).customerId());
                }
            }
            return claimed;
        });
    }

    @Override
    public void recordFailure(TenantId tenantId, String campaignId, CustomerId customerId, String reason) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_campaign_member SET status = ?, reason = ? WHERE tenant_id = ?"
                + " AND campaign_id = ? AND customer_id = ?", SendStatus.FAILED, reason, tenantId.value(), campaignId, customerId.value()));
    }

    /**
     * Messages sent to each of some customers since an instant, customer by customer ({@link
     * IdList#eachId}): the customers' array, the tenant, the instant.
     */
    static final String SENT_SINCE_ID_BY_ID = IdList.eachId("x.customer_id, COUNT(*)", "SELECT customer_id FROM crm_campaign_member"
            + " WHERE tenant_id = ? AND customer_id = ids.id AND status = 'SENT' AND settled_at >= ?", " GROUP BY x.customer_id");

    @Override
    public Map<CustomerId, Integer> sentSince(TenantId tenantId, Collection<CustomerId> customers, Instant since) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        List<String> ids = customers.stream().map(CustomerId::value).distinct().toList();
        List<Object> params = new ArrayList<>();
        String sql;
        if (dialect.readsIdById() && ids.size() > 1) {
            params.addAll(List.of(IdList.sortedArray(ids), tenantId.value(), since));
            sql = SENT_SINCE_ID_BY_ID;
        } else {
            params.add(tenantId.value());
            params.addAll(IdList.rangeParams(dialect, ids));
            params.add(since);
            sql = "SELECT customer_id, COUNT(*) FROM crm_campaign_member WHERE tenant_id = ? AND " + IdList.rangeCondition(dialect,
                    "customer_id", ids.size()) + " AND status = 'SENT' AND settled_at >= ? GROUP BY customer_id";
        }
        Set<String> wanted = new HashSet<>(ids); // on H2 the range read also counts others' rows
        return transactions.withConnection(c -> {
            Map<CustomerId, Integer> counts = new HashMap<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (wanted.contains(id)) {
                        counts.put(CustomerId.of(id), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public List<CampaignMember> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return select("WHERE tenant_id = ? AND customer_id = ? ORDER BY campaign_id", tenantId.value(), customerId.value());
    }

    @Override
    public void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_campaign_member SET reason = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND reason IS NOT NULL", replacement, tenantId.value(), customerId.value()));
    }

    private List<CampaignMember> select(String where, Object... params) {
        return transactions.withConnection(c -> {
            List<CampaignMember> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + MEMBER_COLUMNS + " FROM crm_campaign_member " + where, params);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new CampaignMember(TenantId.of(rs.getString("tenant_id")), rs.getString("campaign_id"),
                            CustomerId.of(rs.getString("customer_id")), rs.getBoolean("control"), Sql.enumValue(rs, "status", SendStatus.class),
                            Sql.instant(rs, "settled_at"), rs.getString("reason")));
                }
            }
            return found;
        });
    }
}
