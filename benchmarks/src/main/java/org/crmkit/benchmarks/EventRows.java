package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;

/**
 * The outbox and timeline rows a batch job wrote, written again by its bare job ({@link BareJob})
 * at the same rate per unit of work (a case, a member, a lot, a customer): copies of the last rows
 * the job wrote, taken in turn, under new ids. Not thread-safe; one per bare job run.
 */
final class EventRows {

    /** The tables, counted before and after a job ({@link BareJob#count}) for {@link #copying}'s counts. */
    static final String[] TABLES = {"crm_outbox", "crm_timeline"};
    /** Rows copied from each table, at most. */
    private static final int COPIES = 8;
    private static final String OUTBOX_COLUMNS = "tenant_id, event_id, event_type, aggregate_id, occurred_at, payload";
    private static final String TIMELINE_COLUMNS = "tenant_id, customer_id, occurred_at, entry_id, event_id, context, kind, reference, summary";

    private final List<List<Object>> events;
    private final List<List<Object>> lines;
    private final BareJob.Rate eventsPerUnit;
    private final BareJob.Rate linesPerUnit;
    private long eventsWritten;
    private long linesWritten;
    private final List<List<Object>> eventRows = new ArrayList<>();
    private final List<List<Object>> lineRows = new ArrayList<>();

    private EventRows(List<List<Object>> events, List<List<Object>> lines, double eventsPerUnit, double linesPerUnit) {
        this.events = events;
        this.lines = lines;
        this.eventsPerUnit = new BareJob.Rate(eventsPerUnit);
        this.linesPerUnit = new BareJob.Rate(linesPerUnit);
    }

    /**
     * The rows to write for each of {@code units}, given that the job wrote {@code written} rows
     * to the {@link #TABLES} in {@code tenant} for them, copied from the last it wrote.
     */
    static EventRows copying(DataSource dataSource, TenantId tenant, long[] written, long units) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new EventRows(last(c, "SELECT event_type, occurred_at, payload FROM crm_outbox WHERE tenant_id = ? ORDER BY id DESC", tenant,
                    written[0]), last(c, "SELECT occurred_at, context, kind, reference, summary FROM crm_timeline WHERE tenant_id = ?"
                            + " ORDER BY occurred_at DESC, entry_id DESC", tenant, written[1]),
                    (double) written[0] / units, (double) written[1] / units);
        }
    }

    /** Adds the rows one unit of work about {@code customer} owes. */
    void add(String tenant, String customer) {
        for (int owed = eventsPerUnit.next(); owed > 0; owed--) {
            List<Object> event = events.get((int) (eventsWritten % events.size()));
            eventRows.add(List.of(tenant, "bare-e" + eventsWritten++, event.get(0), customer, event.get(1), event.get(2)));
        }
        for (int owed = linesPerUnit.next(); owed > 0; owed--) {
            List<Object> line = lines.get((int) (linesWritten % lines.size()));
            String id = "bare-t" + linesWritten++;
            lineRows.add(Arrays.asList(tenant, customer, line.get(0), id, id, line.get(1), line.get(2), line.get(3), line.get(4)));
        }
    }

    /** Inserts the rows added since the last call, in the caller's transaction on {@code c}. */
    void insert(Connection c) throws SQLException {
        BareJob.insert(c, "crm_outbox", OUTBOX_COLUMNS, eventRows);
        BareJob.insert(c, "crm_timeline", TIMELINE_COLUMNS, lineRows);
        eventRows.clear();
        lineRows.clear();
    }

    /** What was written, for a report: "N outbox and M timeline rows". */
    String written() {
        return String.format(Locale.ROOT, "%,d outbox and %,d timeline rows", eventsWritten, linesWritten);
    }

    private static List<List<Object>> last(Connection c, String sql, TenantId tenant, long written) throws SQLException {
        return BareJob.rows(c, sql, (int) Math.min(COPIES, written), tenant.value());
    }
}
