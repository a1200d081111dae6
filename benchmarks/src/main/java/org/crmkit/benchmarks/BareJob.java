package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;

/**
 * What the bare jobs the batch jobs are compared with share ({@link CaseSlaBaseline}, {@link TierBaseline}, {@link
 * SettleBaseline}, {@link ScoreBaseline}): rows inserted as a hand-written job would insert them, a multi-row {@code INSERT} of
 * at most {@value #ROWS_PER_INSERT} rows each, and updated as one JDBC batch; the count of the rows a job added; the rows to
 * copy from a job's.
 */
final class BareJob {

    /** Far above any sequence crmkit hands out, so the sequences of rows a baseline writes never meet crmkit's keys. */
    static final long SEQUENCE_BASE = 1_000_000_000_000L;
    private static final int ROWS_PER_INSERT = 1000;

    private BareJob() {}

    /** Inserts {@code rows} (values in the order of {@code columns}) into {@code table} on {@code c}, in the caller's transaction. */
    static void insert(Connection c, String table, String columns, List<List<Object>> rows) throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns.split(", ").length, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), row)))) {
                List<Object> values = new ArrayList<>();
                part.forEach(values::addAll);
                bind(s, values.toArray());
                s.executeUpdate();
            }
        }
    }

    /** Runs {@code sql} once for each of {@code rows} (its parameters, in order) as one JDBC batch on {@code c}, in the caller's transaction. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The rows of {@code tenant} in each of {@code tables}, to count what a job wrote. */
    static long[] count(DataSource dataSource, TenantId tenant, String... tables) throws SQLException {
        long[] counts = new long[tables.length];
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < tables.length; i++) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + tables[i] + " WHERE tenant_id = ?")) {
                    s.setString(1, tenant.value());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        counts[i] = rs.getLong(1);
                    }
                }
            }
        }
        return counts;
    }

    /** The rows of {@code tenant} each of {@code tables} gained since {@code before} (what {@link #count} read then). */
    static long[] added(DataSource dataSource, TenantId tenant, String[] tables, long[] before) throws SQLException {
        long[] added = count(dataSource, tenant, tables);
        for (int i = 0; i < added.length; i++) {
            added[i] -= before[i];
        }
        return added;
    }

    /** The first row {@code sql} reads with {@code params}, every column; a job that wrote none fails. */
    static List<Object> firstRow(Connection c, String sql, Object... params) throws SQLException {
        List<List<Object>> rows = rows(c, sql, 1, params);
        if (rows.isEmpty()) {
            throw new IllegalStateException("the job wrote no row for its baseline to copy: " + sql);
        }
        return rows.get(0);
    }

    /**
     * The first {@code max} rows {@code sql} reads with {@code params}, every column (none when {@code max} is 0). The
     * statement's {@code maxRows} says so to the driver: PostgreSQL's would otherwise fetch every row the query matches (a
     * million, for settlement).
     */
    static List<List<Object>> rows(Connection c, String sql, int max, Object... params) throws SQLException {
        if (max <= 0) {
            return new ArrayList<>();
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setMaxRows(max);
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (rows.size() < max && rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /**
     * Rows owed at a rate per unit of work that need not be whole (1.5 events a customer, 0.19 history lines a member): each
     * unit owes the whole rows the running total has reached. Not thread-safe.
     */
    static final class Rate {
        private final double perUnit;
        private double owed;

        Rate(double perUnit) {
            this.perUnit = perUnit;
        }

        /** The rows the next unit of work owes. */
        int next() {
            owed += perUnit;
            int rows = (int) owed;
            owed -= rows;
            return rows;
        }
    }

    /** Sets {@code values} as the statement's parameters, in order. */
    static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
