package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * The tier assessment's second floor: a bare job that reads a tenant's members page by page with
 * their facts and writes what the assessment wrote: every membership row (its assessment day and
 * version), and as many tier history lines, outbox rows and timeline rows as the assessment wrote
 * a member on average, copied from rows it wrote. A page of 500 members is two reads (the
 * memberships, then the facts of their id range), one JDBC batch of updates, multi-row INSERTs of
 * 1,000 rows at most and a commit, as a hand-written job would do it. It decides nothing: the floor
 * for the same reads and writes, where the bare scan of the memberships is the floor for a read.
 */
final class TierBaseline {

    private static final int PAGE = 500;
    /** The tables whose rows the assessment adds, counted before and after it ({@link BareJob#count}): history, then {@link EventRows#TABLES}. */
    static final String[] WRITTEN = {"crm_tier_history", EventRows.TABLES[0], EventRows.TABLES[1]};
    private static final String HISTORY_COLUMNS = "tenant_id, customer_id, programme_id, sequence, from_tier, to_tier, reason, metric, at, note";

    private final List<Object> history;
    /** History lines the assessment wrote a member, on average. */
    private final double historyPerMember;
    private final EventRows events;

    private TierBaseline(List<Object> history, double historyPerMember, EventRows events) {
        this.history = history;
        this.historyPerMember = historyPerMember;
        this.events = events;
    }

    /**
     * Copies a history line, and the outbox and timeline rows, the assessment wrote in {@code
     * tenant}, and takes {@code written} (rows it added to the {@link #WRITTEN} tables) over
     * {@code members} as the rows to write a member.
     */
    static TierBaseline copying(DataSource dataSource, TenantId tenant, long[] written, int members) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Object> history = BareJob.firstRow(c, "SELECT from_tier, to_tier, reason, metric, at, note FROM crm_tier_history WHERE tenant_id = ?"
                    + " ORDER BY at DESC", tenant.value());
            return new TierBaseline(history, (double) written[0] / members,
                    EventRows.copying(dataSource, tenant, new long[] {written[1], written[2]}, members));
        }
    }

    /** Runs the bare job over the members of {@code tenant} in {@code programme}, prints what it did and returns its seconds. */
    double seconds(DataSource dataSource, TenantId tenant, ProgrammeId programme, LocalDate day) throws SQLException {
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        long members = 0;
        long histories = 0;
        BareJob.Rate perMember = new BareJob.Rate(historyPerMember);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String after = "";
            while (true) {
                List<String> page = new ArrayList<>(PAGE);
                try (PreparedStatement s = c.prepareStatement("SELECT customer_id, tier_code, since, upgraded_at, joined_on, last_assessed_on,"
                        + " version FROM crm_membership WHERE tenant_id = ? AND programme_id = ? AND customer_id > ?"
                        + " ORDER BY tenant_id, programme_id, customer_id LIMIT " + PAGE)) {
                    BareJob.bind(s, tenant.value(), programme.value(), after);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 2; i <= 7; i++) {
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
                try (PreparedStatement s = c.prepareStatement("SELECT customer_id, fact_key, order_id, spend_units, orders, growth, at"
                        + " FROM crm_tier_fact WHERE tenant_id = ? AND customer_id BETWEEN ? AND ? AND programme_id = ?")) {
                    BareJob.bind(s, tenant.value(), page.get(0), after, programme.value());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 1; i <= 7; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
                List<Object[]> assessed = new ArrayList<>(page.size());
                for (String member : page) {
                    assessed.add(new Object[] {Date.valueOf(day), tenant.value(), programme.value(), member});
                }
                BareJob.batch(c, "UPDATE crm_membership SET last_assessed_on = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND programme_id = ? AND customer_id = ?", assessed);
                List<List<Object>> lines = new ArrayList<>();
                for (String member : page) {
                    for (int line = perMember.next(); line > 0; line--) {
                        List<Object> row = new ArrayList<>(List.of(tenant.value(), member, programme.value(), 1_000_000L + histories++));
                        row.addAll(history);
                        lines.add(row);
                    }
                    events.add(tenant.value(), member);
                }
                BareJob.insert(c, "crm_tier_history", HISTORY_COLUMNS, lines);
                events.insert(c);
                c.commit();
                members += page.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  same reads and writes: a bare job read %,d members and their facts a page of %d at a time, updated"
                + " each membership and wrote %,d history lines, %s in %.1f s (%s)%n", members, PAGE, histories, events.written(), seconds,
                cpu.since());
        return seconds;
    }
}
