package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;

/**
 * Scoring's second floor: a bare job that reads a tenant's purchase rows in customer order, as the
 * bare scan does, and writes one value row per customer into {@code crm_customer_value}, the row
 * scoring writes (its columns copied from a row it wrote), with the outbox and timeline rows scoring
 * wrote a customer on average, in multi-row INSERTs of 1,000 rows committed together, as a
 * hand-written job would. It fits no model and decides nothing: the floor
 * for the same read and writes, where the bare scan of the purchases is the floor for the read.
 */
final class ScoreBaseline {

    /** The tables whose rows scoring adds, counted before and after it ({@link BareJob#count}): value rows, then {@link EventRows#TABLES}. */
    static final String[] WRITTEN = {"crm_customer_value", EventRows.TABLES[0], EventRows.TABLES[1]};
    private static final int PAGE = 1000;
    private static final String SCORES = "scored_at, recency_days, frequency, monetary, r, f, m, segment, p_alive, expected_purchases,"
            + " expected_spend, clv, value_level";

    private final List<Object> scores;
    private final EventRows events;

    private ScoreBaseline(List<Object> scores, EventRows events) {
        this.scores = scores;
        this.events = events;
    }

    /**
     * Copies the columns of a value row that scoring wrote in {@code tenant} for a repeat buyer,
     * and its outbox and timeline rows, written at the rate {@code written} (rows it added to the
     * {@link #WRITTEN} tables) over {@code customers} gives.
     */
    static ScoreBaseline copying(DataSource dataSource, TenantId tenant, long[] written, int customers) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new ScoreBaseline(BareJob.firstRow(c, "SELECT " + SCORES + " FROM crm_customer_value WHERE tenant_id = ? AND p_alive IS NOT NULL"
                    + " AND frequency > 0", tenant.value()), EventRows.copying(dataSource, tenant, new long[] {written[1], written[2]}, customers));
        }
    }

    /** Runs the bare job over the purchases of {@code tenant}, prints what it did and returns its seconds. */
    double seconds(DataSource dataSource, TenantId tenant) throws SQLException {
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        long purchases = 0;
        long customers = 0;
        String columns = "tenant_id, customer_id, " + SCORES;
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            read.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            write.setAutoCommit(false);
            try (PreparedStatement s = read.prepareStatement("SELECT order_id, customer_id, purchased_at, currency, paid, refunded"
                    + " FROM crm_purchase WHERE tenant_id = ? ORDER BY tenant_id, customer_id, order_id")) {
                s.setFetchSize(1000);
                s.setString(1, tenant.value());
                List<List<Object>> rows = new ArrayList<>(PAGE);
                String last = null;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        String customer = rs.getString(2);
                        for (int i = 3; i <= 6; i++) {
                            rs.getObject(i);
                        }
                        purchases++;
                        if (!customer.equals(last)) {
                            last = customer;
                            List<Object> row = new ArrayList<>(List.of(tenant.value(), customer));
                            row.addAll(scores);
                            rows.add(row);
                            events.add(tenant.value(), customer);
                            if (rows.size() == PAGE) {
                                customers += flush(write, columns, rows);
                            }
                        }
                    }
                }
                customers += flush(write, columns, rows);
            }
            read.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  same read and writes: a bare job read %,d purchase rows in customer order and wrote a value row for"
                + " each of %,d customers and %s, %d customers a commit, in %.1f s (%s)%n", purchases, customers, events.written(), PAGE, seconds,
                cpu.since());
        return seconds;
    }

    private int flush(Connection write, String columns, List<List<Object>> rows) throws SQLException {
        int written = rows.size();
        BareJob.insert(write, "crm_customer_value", columns, rows);
        events.insert(write);
        write.commit();
        rows.clear();
        return written;
    }
}
