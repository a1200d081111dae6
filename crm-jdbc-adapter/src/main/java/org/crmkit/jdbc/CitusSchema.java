package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's tables on a Citus cluster: every table whose key starts with {@code tenant_id} is
 * distributed by it, all in one colocation group, so the rows of one tenant, whatever their table,
 * live in one shard group on one worker and a statement naming one tenant routes to that worker;
 * a table without a tenant (the job leases) is a reference table, copied to every node.
 *
 * <p>Runs after the migrations, which create plain tables on the coordinator, and is idempotent:
 * it distributes only the tables not yet in {@code pg_dist_partition}, so a later migration's new
 * tables are distributed by the next start. A table is distributed after those its foreign keys
 * reference, which Citus requires.
 */
final class CitusSchema {

    private static final Logger log = LoggerFactory.getLogger(CitusSchema.class);
    /** The column every tenant table is distributed by. */
    static final String DISTRIBUTION_COLUMN = "tenant_id";
    /** The table the others are colocated with: every tenant has a customer row first. */
    static final String ANCHOR = "crm_customer";
    /** Serialises instances distributing at once (an advisory lock on the coordinator). */
    private static final long LOCK = 0x63726d6b69745f31L; // "crmkit_1"

    private CitusSchema() {}

    /** Whether the database behind {@code connection} has the Citus extension. */
    static boolean installed(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
                ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Distributes the tables of {@code canonical} (by their canonical names) not distributed yet.
     *
     * @return how many tables this call distributed or made reference tables
     * @throws StorageException if Citus refuses a table
     */
    static int distribute(DataSource dataSource, TableNames names, Set<String> canonical) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            execute(c, "SELECT pg_advisory_lock(" + LOCK + ")");
            try {
                return distributeLocked(c, names, canonical);
            } finally {
                execute(c, "SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new StorageException("could not distribute crmkit's tables on Citus: " + e.getMessage(), e);
        }
    }

    private static int distributeLocked(Connection c, TableNames names, Set<String> canonical) throws SQLException {
        Set<String> pending = new LinkedHashSet<>();
        for (String table : canonical) {
            if (!isCitusTable(c, names.statement(table))) {
                pending.add(table);
            }
        }
        // Each table's triggers only compare a row's old and new values (the ledgers' append-only
        // guards): they touch no other row or shard, which is what Citus calls safe. With this
        // setting Citus copies them, and their functions, to every shard, so the ledgers stay
        // append-only on the workers exactly as on one PostgreSQL.
        execute(c, "SET citus.enable_unsafe_triggers = on");
        int done = 0;
        try {
            String anchor = names.statement(ANCHOR);
            while (!pending.isEmpty()) {
                String next = nextReady(c, names, pending);
                String table = names.statement(next);
                if (!hasColumn(c, table, DISTRIBUTION_COLUMN)) {
                    call(c, "SELECT create_reference_table(?)", table);
                    log.info("crmkit table {} made a Citus reference table", table);
                } else if (next.equals(ANCHOR) || !pending.contains(ANCHOR) && isCitusTable(c, anchor)) {
                    call(c, next.equals(ANCHOR) ? "SELECT create_distributed_table(?, '" + DISTRIBUTION_COLUMN + "')"
                            : "SELECT create_distributed_table(?, '" + DISTRIBUTION_COLUMN + "', colocate_with => '" + anchor + "')", table);
                    log.info("crmkit table {} distributed by {}", table, DISTRIBUTION_COLUMN);
                } else {
                    throw new StorageException("crmkit table " + table + " cannot be colocated before " + anchor + " is distributed", null);
                }
                pending.remove(next);
                done++;
            }
        } finally {
            execute(c, "RESET citus.enable_unsafe_triggers");
        }
        return done;
    }

    /**
     * The first pending table whose foreign keys reference only itself or tables already
     * distributed, with the anchor first of all.
     */
    private static String nextReady(Connection c, TableNames names, Set<String> pending) throws SQLException {
        List<String> order = new ArrayList<>();
        if (pending.contains(ANCHOR)) {
            order.add(ANCHOR);
        }
        order.addAll(pending);
        for (String table : order) {
            boolean ready = true;
            for (String other : pending) {
                if (!other.equals(table) && references(c, names.statement(table), names.statement(other))) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                return table;
            }
        }
        throw new StorageException("crmkit's tables " + pending + " reference each other in a cycle; Citus cannot distribute them", null);
    }

    private static boolean isCitusTable(Connection c, String table) throws SQLException {
        return exists(c, "SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass(?)", table);
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        return exists(c, "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped", table, column);
    }

    private static boolean references(Connection c, String table, String referenced) throws SQLException {
        return exists(c, "SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conrelid = to_regclass(?) AND confrelid = to_regclass(?)",
                table, referenced);
    }

    private static boolean exists(Connection c, String select, String... params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, select, (Object[]) params);
                ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    private static void call(Connection c, String sql, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            s.execute();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }
}
