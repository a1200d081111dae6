package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;

/**
 * The SLA check's second floor: a bare job that reads the due cases (of one tenant: the benchmark
 * runs it when no other tenant has a case due) page by page and writes, per case, the rows {@code
 * checkSlas} wrote for a case of the same kind: the case row (every column the check sets, the body
 * as long as the checked one) and its audit lines, copied from a case the check handled, and as
 * many outbox and timeline rows as the check wrote a case ({@link EventRows}). A page of 500 cases
 * is one read, one JDBC batch of updates, multi-row INSERTs of 1,000 rows at most and a commit, as
 * a hand-written job would write them. It decides nothing and checks no version: the floor for the
 * same writes, where the bare scan is the floor for the reads.
 */
final class CaseSlaBaseline {

    /** The tables whose rows the check adds, counted before and after it ({@link BareJob#count}): audit lines, then {@link EventRows#TABLES}. */
    static final String[] WRITTEN = {"crm_case_audit", EventRows.TABLES[0], EventRows.TABLES[1]};
    private static final int PAGE = 500;
    private static final String CASE_COLUMNS = "status, is_open, priority, team, agent, escalation_level, sla_state, sla_due_at, sla_next_check_at,"
            + " updated_at, version, body";
    private static final String AUDIT_COLUMNS = "tenant_id, case_id, sequence, at, actor, audit_action, from_status, to_status, note";

    private final List<Object> caseValues;
    private final List<List<Object>> audits;
    private final EventRows events;

    private CaseSlaBaseline(List<Object> caseValues, List<List<Object>> audits, EventRows events) {
        this.caseValues = caseValues;
        this.audits = audits;
        this.events = events;
    }

    /**
     * The rows the check wrote for {@code checkedCase} of {@code tenant}: its case columns and its
     * last audit lines, as many as it wrote a case ({@code written}, the rows it added to the
     * {@link #WRITTEN} tables, over {@code cases}), and the outbox and timeline rows at that rate.
     */
    static CaseSlaBaseline copying(DataSource dataSource, TenantId tenant, String checkedCase, long[] written, int cases) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Object> caseRow = BareJob.firstRow(c, "SELECT " + CASE_COLUMNS + " FROM crm_case WHERE tenant_id = ? AND case_id = ?",
                    tenant.value(), checkedCase);
            List<List<Object>> audits = BareJob.rows(c, "SELECT at, actor, audit_action, from_status, to_status, note FROM crm_case_audit"
                    + " WHERE tenant_id = ? AND case_id = ? ORDER BY sequence DESC", (int) (written[0] / cases), tenant.value(), checkedCase);
            return new CaseSlaBaseline(caseRow, audits, EventRows.copying(dataSource, tenant, new long[] {written[1], written[2]}, cases));
        }
    }

    /** Runs the bare job over the cases of {@code tenant} due at {@code at}, prints what it did and returns its seconds. */
    double seconds(DataSource dataSource, TenantId tenant, String customer, Instant at) throws SQLException {
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        long cases = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Object due = at.atOffset(ZoneOffset.UTC);
            Object afterDue = Instant.EPOCH.atOffset(ZoneOffset.UTC);
            String afterTenant = "";
            String afterId = "";
            while (true) {
                List<String> page = new ArrayList<>(PAGE);
                // every tenant's due cases, as the check reads them (through the due index, in its order): the benchmark runs this
                // when only the bare tenant's cases are due (with a filter on the tenant as well, the bare job's time grew faster
                // than the cases: 100,000 took 44 s on PostgreSQL and 248 s on H2 where 20,000 took 4.6 and 5.3 s)
                try (PreparedStatement s = c.prepareStatement("SELECT sla_next_check_at, tenant_id, case_id, body FROM crm_case"
                        + " WHERE sla_next_check_at <= ? AND (sla_next_check_at, tenant_id, case_id) > (?, ?, ?)"
                        + " ORDER BY sla_next_check_at, tenant_id, case_id LIMIT " + PAGE)) {
                    BareJob.bind(s, due, afterDue, afterTenant, afterId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            afterDue = rs.getObject(1);
                            afterTenant = rs.getString(2);
                            afterId = rs.getString(3);
                            rs.getString(4);
                            if (!afterTenant.equals(tenant.value())) {
                                throw new IllegalStateException("a case of " + afterTenant + " was due beside the bare job's");
                            }
                            page.add(afterId);
                        }
                    }
                }
                if (page.isEmpty()) {
                    break;
                }
                write(c, tenant.value(), customer, page);
                c.commit();
                cases += page.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  same writes: a bare job read %,d due cases a page of %d at a time and wrote a case row, %d audit"
                + " lines for each and %s in %.1f s (%s)%n", cases, PAGE, audits.size(), events.written(), seconds, cpu.since());
        return seconds;
    }

    private void write(Connection c, String tenant, String customer, List<String> page) throws SQLException {
        List<Object[]> updated = new ArrayList<>(page.size());
        for (String id : page) {
            List<Object> values = new ArrayList<>(caseValues);
            values.add(tenant);
            values.add(id);
            updated.add(values.toArray());
        }
        BareJob.batch(c, "UPDATE crm_case SET " + String.join(" = ?, ", CASE_COLUMNS.split(", ")) + " = ? WHERE tenant_id = ? AND case_id = ?",
                updated);
        List<List<Object>> rows = new ArrayList<>();
        for (String id : page) {
            for (int i = 0; i < audits.size(); i++) {
                List<Object> row = new ArrayList<>(List.of(tenant, id, 1_000L + i));
                row.addAll(audits.get(i));
                rows.add(row);
            }
        }
        BareJob.insert(c, "crm_case_audit", AUDIT_COLUMNS, rows);
        page.forEach(id -> events.add(tenant, customer));
        events.insert(c);
    }
}
