package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * The baseline a recorded purchase is compared with: one bare JDBC transaction that writes the
 * rows a repeat purchase writes, into crmkit's own tables (so with the same indexes and
 * constraints), one statement per row as a hand-written DAO would, then commits. Rows inserted:
 * the purchase, a points lot, a ledger entry, a receipt, a tier fact, a tier history line and the
 * outbox and timeline rows a purchase adds; rows updated: the purchase summary, the points account,
 * the membership and the two campaign budget counters. It reads nothing and decides nothing, so it
 * is the floor for the same writes.
 */
final class PurchaseBaseline {

    private static final BigDecimal PAID = new BigDecimal("300.00");

    private final DataSource dataSource;
    private final TenantId tenant;
    private final ProgrammeId programme;
    private final List<String> budgetCounters;
    private final int outboxRows;
    private final int timelineRows;
    private final AtomicLong ids = new AtomicLong();
    private final BareStatements statements = new BareStatements();

    private PurchaseBaseline(DataSource dataSource, TenantId tenant, ProgrammeId programme, List<String> budgetCounters, int outboxRows,
            int timelineRows) {
        this.dataSource = dataSource;
        this.tenant = tenant;
        this.programme = programme;
        this.budgetCounters = budgetCounters;
        this.outboxRows = outboxRows;
        this.timelineRows = timelineRows;
    }


    /**
     * A baseline for purchases of {@code tenant} in {@code programme}, writing as many outbox and
     * timeline rows as {@code purchase} (one real repeat purchase, run here) adds, and updating the
     * two counters that purchases moved the most (the campaigns' budgets).
     */
    static PurchaseBaseline measuring(DataSource dataSource, TenantId tenant, ProgrammeId programme, Runnable purchase) throws SQLException {
        long outboxBefore = count(dataSource, "SELECT COUNT(*) FROM crm_outbox WHERE tenant_id = ?", tenant);
        long timelineBefore = count(dataSource, "SELECT COUNT(*) FROM crm_timeline WHERE tenant_id = ?", tenant);
        purchase.run();
        int outbox = (int) (count(dataSource, "SELECT COUNT(*) FROM crm_outbox WHERE tenant_id = ?", tenant) - outboxBefore);
        int timeline = (int) (count(dataSource, "SELECT COUNT(*) FROM crm_timeline WHERE tenant_id = ?", tenant) - timelineBefore);
        List<String> counters = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name FROM crm_counter WHERE tenant_id = ? ORDER BY counter_value DESC LIMIT 2")) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counters.add(rs.getString(1));
                }
            }
        }
        return new PurchaseBaseline(dataSource, tenant, programme, counters, outbox, timeline);
    }

    /** The outbox rows and timeline rows one purchase adds, as this baseline writes them. */
    String rowsPerPurchase() {
        return outboxRows + " outbox rows, " + timelineRows + " timeline rows";
    }

    /** One bare transaction for {@code customer}, who must have bought before in the programme. */
    void purchase(CustomerId customer) throws SQLException {
        long id = ids.incrementAndGet();
        String key = "baseline-" + id;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String t = tenant.value();
        String who = customer.value();
        String p = programme.value();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            update(c, "INSERT INTO crm_purchase (tenant_id, order_id, customer_id, purchased_at, currency, paid, refunded, payment_method,"
                    + " channel, programme_id, items) VALUES (?, ?, ?, ?, 'CNY', ?, 0, NULL, NULL, ?, '[]')", t, key, who, now, PAID, p);
            update(c, "UPDATE crm_purchase_summary SET orders = orders + 1, paid = paid + ?, last_purchase_at = ?"
                    + " WHERE tenant_id = ? AND customer_id = ?", PAID, now, t, who);
            update(c, "INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference, original, remaining,"
                    + " earned_at, available_at, expires_at, status) VALUES (?, ?, ?, ?, ?, 600, 600, ?, ?, NULL, 'AVAILABLE')",
                    t, who, p, key, key, now, now);
            update(c, "INSERT INTO crm_points_entry (tenant_id, customer_id, programme_id, sequence, entry_id, entry_type, points,"
                    + " direction, at, operation_key, reason, reference, actor, lots, available_after)"
                    + " VALUES (?, ?, ?, ?, ?, 'EARN', 600, 1, ?, ?, 'purchase', ?, 'system', '[]', 0)",
                    t, who, p, BareJob.SEQUENCE_BASE + id, key, now, key, key);
            update(c, "UPDATE crm_points_account SET available = available + 600, earned = earned + 600, version = version + 1"
                    + " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?", t, who, p);
            update(c, "INSERT INTO crm_points_receipt (tenant_id, operation_key, fingerprint, receipt) VALUES (?, ?, 'baseline', '{}')", t, key);
            for (String counter : budgetCounters) {
                update(c, "UPDATE crm_counter SET counter_value = counter_value + 600 WHERE tenant_id = ? AND name = ?", t, counter);
            }
            update(c, "INSERT INTO crm_tier_fact (tenant_id, fact_key, customer_id, programme_id, order_id, spend_units, orders, growth, at)"
                    + " VALUES (?, ?, ?, ?, ?, 30000, 1, 600, ?)", t, key, who, p, key, now);
            update(c, "UPDATE crm_membership SET version = version + 1 WHERE tenant_id = ? AND programme_id = ? AND customer_id = ?", t, p, who);
            update(c, "INSERT INTO crm_tier_history (tenant_id, customer_id, programme_id, sequence, from_tier, to_tier, reason, metric, at,"
                    + " note) VALUES (?, ?, ?, ?, 'bronze', 'bronze', 'PURCHASE', 600, ?, NULL)", t, who, p, BareJob.SEQUENCE_BASE + id, now);
            for (int i = 0; i < outboxRows; i++) {
                update(c, "INSERT INTO crm_outbox (tenant_id, event_id, event_type, aggregate_id, occurred_at, payload)"
                        + " VALUES (?, ?, 'baseline', ?, ?, '{}')", t, key + "-" + i, who, now);
            }
            for (int i = 0; i < timelineRows; i++) {
                update(c, "INSERT INTO crm_timeline (tenant_id, customer_id, occurred_at, entry_id, event_id, context, kind, reference, summary)"
                        + " VALUES (?, ?, ?, ?, ?, 'baseline', 'baseline', NULL, 'baseline')", t, who, now, key + "-" + i, key + "-" + i);
            }
            c.commit();
        }
    }

    private void update(Connection c, String sql, Object... params) throws SQLException {
        statements.update(c, sql, params);
    }

    private static long count(DataSource dataSource, String sql, TenantId tenant) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
