package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Settlement's second floor: a bare job that reads a tenant's due accounts page by page with their
 * open lots and holds and writes what {@code settleDue} wrote: each account's balance (its expired
 * points, no due instant left), each lot closed, and per lot as many entries, outbox rows and
 * timeline rows as settlement wrote a lot on average, copied from rows it wrote. A page of 500
 * accounts (in key order) is three reads, JDBC batches of account and lot updates, multi-row INSERTs of 1,000 rows
 * at most and a commit, as a hand-written job would do it. It decides nothing (every open lot of a
 * due account is taken as expired, as every lot is in the benchmark): the floor for the same reads
 * and writes, where the bare scan of the expired lots is the floor for a read.
 */
final class SettleBaseline {

    /** The tables whose rows settlement adds, counted before and after it ({@link BareJob#count}): entries, then {@link EventRows#TABLES}. */
    static final String[] WRITTEN = {"crm_points_entry", EventRows.TABLES[0], EventRows.TABLES[1]};
    private static final int PAGE = 500;
    private static final String ENTRY_COLUMNS = "tenant_id, customer_id, programme_id, sequence, entry_id, entry_type, points, direction, at,"
            + " operation_key, reason, reference, actor, lots, available_after";

    private final List<Object> entry;
    /** Entries settlement wrote a lot, on average. */
    private final double entriesPerLot;
    private final EventRows events;

    private SettleBaseline(List<Object> entry, double entriesPerLot, EventRows events) {
        this.entry = entry;
        this.entriesPerLot = entriesPerLot;
        this.events = events;
    }

    /**
     * Copies an expiry entry, and the outbox and timeline rows, settlement wrote in {@code tenant},
     * and takes {@code written} (rows it added to the {@link #WRITTEN} tables) over {@code lots} as
     * the rows to write a lot.
     */
    static SettleBaseline copying(DataSource dataSource, TenantId tenant, long[] written, long lots) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Object> entry = BareJob.firstRow(c, "SELECT entry_type, points, direction, at, reason, actor, lots FROM crm_points_entry"
                    + " WHERE tenant_id = ? AND entry_type = 'EXPIRE'", tenant.value());
            return new SettleBaseline(entry, (double) written[0] / lots,
                    EventRows.copying(dataSource, tenant, new long[] {written[1], written[2]}, lots));
        }
    }

    /** Runs the bare job over the accounts of {@code tenant} due at {@code at}, prints what it did and returns its seconds. */
    double seconds(DataSource dataSource, TenantId tenant, ProgrammeId programme, Instant at) throws SQLException {
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        long accounts = 0;
        long lots = 0;
        long entriesWritten = 0;
        BareJob.Rate perLot = new BareJob.Rate(entriesPerLot);
        Object due = at.atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String after = "";
            while (true) {
                List<String> page = new ArrayList<>(PAGE);
                // in key order, so that a page is a range of customer ids and its lots one range read
                try (PreparedStatement s = c.prepareStatement("SELECT customer_id, available, pending, held, debt, earned, expired, version"
                        + " FROM crm_points_account WHERE tenant_id = ? AND customer_id > ? AND next_due_at <= ? ORDER BY tenant_id, customer_id"
                        + " LIMIT " + PAGE)) {
                    BareJob.bind(s, tenant.value(), after, due);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 2; i <= 8; i++) {
                                rs.getObject(i);
                            }
                            page.add(rs.getString(1));
                        }
                    }
                }
                if (page.isEmpty()) {
                    break;
                }
                after = page.get(page.size() - 1);
                List<String[]> open = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT customer_id, lot_id, order_reference, original, remaining, earned_at,"
                        + " available_at, expires_at, status FROM crm_points_lot WHERE tenant_id = ? AND customer_id BETWEEN ? AND ?"
                        + " AND programme_id = ? AND status = 'AVAILABLE'")) {
                    BareJob.bind(s, tenant.value(), page.get(0), page.get(page.size() - 1), programme.value());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 3; i <= 9; i++) {
                                rs.getObject(i);
                            }
                            open.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT hold_id, points, lots FROM crm_points_hold WHERE tenant_id = ?"
                        + " AND customer_id BETWEEN ? AND ? AND programme_id = ? AND status = 'OPEN'")) {
                    BareJob.bind(s, tenant.value(), page.get(0), page.get(page.size() - 1), programme.value());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(3);
                        }
                    }
                }
                List<Object[]> settled = new ArrayList<>(page.size());
                for (String customer : page) {
                    settled.add(new Object[] {tenant.value(), customer, programme.value()});
                }
                BareJob.batch(c, "UPDATE crm_points_account SET expired = expired + available, available = 0, next_due_at = NULL,"
                        + " version = version + 1 WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?", settled);
                List<Object[]> closed = new ArrayList<>(open.size());
                for (String[] lot : open) {
                    closed.add(new Object[] {tenant.value(), lot[0], programme.value(), lot[1]});
                }
                BareJob.batch(c, "UPDATE crm_points_lot SET remaining = 0, status = 'CLOSED' WHERE tenant_id = ? AND customer_id = ?"
                        + " AND programme_id = ? AND lot_id = ?", closed);
                List<List<Object>> entries = new ArrayList<>();
                for (String[] lot : open) {
                    for (int owed = perLot.next(); owed > 0; owed--) {
                        String key = "bare-" + entriesWritten;
                        entries.add(Arrays.asList(tenant.value(), lot[0], programme.value(), BareJob.SEQUENCE_BASE + entriesWritten++, key,
                                entry.get(0), entry.get(1), entry.get(2), entry.get(3), key, entry.get(4), lot[1], entry.get(5), entry.get(6), 0L));
                    }
                    events.add(tenant.value(), lot[0]);
                }
                BareJob.insert(c, "crm_points_entry", ENTRY_COLUMNS, entries);
                events.insert(c);
                c.commit();
                accounts += page.size();
                lots += open.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  same reads and writes: a bare job read %,d due accounts, their %,d open lots and their holds a page of %d"
                + " accounts at a time, updated each account and lot and wrote %,d entries, %s in %.1f s (%s)%n", accounts, lots, PAGE,
                entriesWritten, events.written(), seconds, cpu.since());
        return seconds;
    }

}
