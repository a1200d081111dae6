package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * The second baseline of the ledger benchmark: bare JDBC transactions that write the rows an earn
 * and a redemption write, into crmkit's own tables (so with the same indexes and constraints), one
 * statement per row as a hand-written DAO would, then commit. An earn inserts its order's claim
 * (a counter row), a lot, an entry, a receipt, a timeline row and an outbox row and updates the
 * account and the tenant's outbox head; a redemption updates the lot the thread's last earn
 * inserted, the account and the head and inserts an entry, a receipt, a timeline row and an outbox
 * row. The receipt, the entry's lots, the outbox payload and the timeline summary are copies of
 * ones crmkit wrote in the same tenant, so the rows are as long as crmkit's. It reads nothing and
 * decides nothing: the floor for the same writes, where the first baseline (one INSERT and
 * one UPDATE) is the floor for a transaction at all.
 *
 * <p>Each thread writes to its own account, one that crmkit opened for it and leaves alone
 * afterwards, so crmkit's accounts never see a baseline row.
 */
final class LedgerBaseline {


    private final DataSource dataSource;
    private final String tenant;
    private final String programme;
    private final List<CustomerId> accounts;
    private final Texts texts;
    private final AtomicLong ids = new AtomicLong();
    private final BareStatements statements = new BareStatements();
    /** Per thread: the lot its last earn inserted, which its next redemption spends. */
    private final String[] lastLot;

    /** What crmkit wrote into the long columns, copied into the baseline's rows. */
    private record Texts(String fingerprint, String receipt, String lots, String reason, String eventType, String payload, String context,
            String kind, String summary) {}

    private LedgerBaseline(DataSource dataSource, TenantId tenant, ProgrammeId programme, List<CustomerId> accounts, Texts texts) {
        this.dataSource = dataSource;
        this.tenant = tenant.value();
        this.programme = programme.value();
        this.accounts = accounts;
        this.texts = texts;
        this.lastLot = new String[accounts.size()];
    }

    /**
     * A baseline writing to {@code accounts} (one per thread, each already opened by crmkit and
     * not used by it afterwards), with texts copied from the rows crmkit wrote in {@code tenant}.
     */
    static LedgerBaseline of(DataSource dataSource, TenantId tenant, ProgrammeId programme, List<CustomerId> accounts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String[] receipt = first(c, "SELECT fingerprint, receipt FROM crm_points_receipt WHERE tenant_id = ?", tenant, 2);
            String[] entry = first(c, "SELECT lots, reason FROM crm_points_entry WHERE tenant_id = ? AND entry_type = 'EARN'", tenant, 2);
            String[] event = first(c, "SELECT event_type, payload FROM crm_outbox WHERE tenant_id = ? ORDER BY id DESC", tenant,
                    2);
            String[] line = first(c, "SELECT context, kind, summary FROM crm_timeline WHERE tenant_id = ? ORDER BY occurred_at DESC", tenant,
                    3);
            return new LedgerBaseline(dataSource, tenant, programme, accounts, new Texts(receipt[0], receipt[1], entry[0], entry[1], event[0],
                    event[1], line[0], line[1], line[2]));
        }
    }

    /** One earn (on even iterations) or one redemption of its 10 points (on odd ones) on the thread's account. */
    void step(int thread, long iteration) throws SQLException {
        long id = ids.incrementAndGet();
        String key = "baseline-" + id;
        String customer = accounts.get(thread).value();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean earn = iteration % 2 == 0 || lastLot[thread] == null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (earn) {
                update(c, "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 1)", tenant, "claim:" + key);
                update(c, "INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference, original, remaining,"
                        + " earned_at, available_at, expires_at, status) VALUES (?, ?, ?, ?, ?, 10, 10, ?, ?, NULL, 'AVAILABLE')",
                        tenant, customer, programme, key, key, now, now);
                lastLot[thread] = key;
            } else {
                update(c, "UPDATE crm_points_lot SET remaining = 0, status = 'CLOSED' WHERE tenant_id = ? AND customer_id = ?"
                        + " AND programme_id = ? AND lot_id = ?", tenant, customer, programme, lastLot[thread]);
            }
            update(c, "INSERT INTO crm_points_entry (tenant_id, customer_id, programme_id, sequence, entry_id, entry_type, points, direction,"
                    + " at, operation_key, reason, reference, actor, lots, available_after) VALUES (?, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?, ?,"
                    + " 'system', ?, 0)", tenant, customer, programme, BareJob.SEQUENCE_BASE + id, key, earn ? "EARN" : "REDEEM", earn ? 1 : -1,
                    now, key, texts.reason, key, texts.lots);
            update(c, earn ? "UPDATE crm_points_account SET available = available + 10, earned = earned + 10, version = version + 1"
                    + " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?"
                    : "UPDATE crm_points_account SET available = available - 10, redeemed = redeemed + 10, version = version + 1"
                    + " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?", tenant, customer, programme);
            update(c, "INSERT INTO crm_points_receipt (tenant_id, operation_key, fingerprint, receipt) VALUES (?, ?, ?, ?)", tenant, key,
                    texts.fingerprint, texts.receipt);
            update(c, "INSERT INTO crm_timeline (tenant_id, customer_id, occurred_at, entry_id, event_id, context, kind, reference, summary)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, customer, now, key, key, texts.context, texts.kind, key, texts.summary);
            update(c, "UPDATE crm_outbox_head SET published = published + 1 WHERE tenant_id = ?", tenant);
            update(c, "INSERT INTO crm_outbox (tenant_id, event_id, event_type, aggregate_id, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
                    tenant, key, texts.eventType, customer, now, texts.payload);
            c.commit();
        }
    }

    private void update(Connection c, String sql, Object... params) throws SQLException {
        statements.update(c, sql, params);
    }

    private static String[] first(Connection c, String sql, TenantId tenant, int columns) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("crmkit wrote no row for the baseline to copy: " + sql);
                }
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getString(i + 1);
                }
                return values;
            }
        }
    }
}
