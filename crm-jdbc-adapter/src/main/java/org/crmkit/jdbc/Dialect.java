package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crmkit.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL dialects crmkit speaks. Each names its migration folder and overrides only what differs
 * between the databases; the adapters ask the dialect and never which database it is.
 *
 * @since 0.1
 */
public enum Dialect {
    /** H2 2.x, embedded (file or memory) or server. */
    H2("h2", "CHARACTER VARYING(1000000)") {
        @Override
        boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException {
            // H2 keeps the transaction after a failed statement, so the duplicate key is caught
            try {
                return Sql.update(connection, insert, params) > 0;
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return false;
                }
                if (isLockedByAnother(e)) {
                    // the row exists and a concurrent unit of work holds it (it created the row a moment
                    // ago, and another locked it before this insert could see the duplicate): H2 waits
                    // for that lock and gives up; a lost race, which the outermost unit of work retries
                    String key = Arrays.stream(params).map(String::valueOf).collect(Collectors.joining("/"));
                    throw new StaleVersionException(insert.substring("INSERT INTO ".length(), insert.indexOf(' ', "INSERT INTO ".length())),
                            key.length() > 200 ? key.substring(0, 200) + "..." : key, 0);
                }
                throw e;
            }
        }

        @Override
        String upsert(String table, String columns, String key, int rows, String... changing) {
            // MERGE ... KEY writes every column given, which is the same as writing the changing
            // ones when the others never change
            return "MERGE INTO " + table + " (" + columns + ") KEY (" + key + ") VALUES " + Sql.rows(rows, columns);
        }

        @Override
        List<String> oneOf(String column, Enum<?>... values) {
            // H2 does not bound an index range by an IN list: one equality, so one range, per value
            return Arrays.stream(values).map(value -> " AND " + column + " = '" + value.name() + "'").toList();
        }

        @Override
        boolean writesInOneStatement() {
            return false;
        }

        @Override
        boolean sendsStatementsTogether() {
            return false;
        }

        @Override
        LockingRead lockingRead(String select, String touch) {
            // H2 keeps no FOR UPDATE query in its own cache of parsed statements, so prepared anew for
            // each unit it is parsed anew, which costs several times the query; an UPDATE that changes
            // nothing locks the same rows and, like the plain SELECT after it, is parsed once per
            // session. Where crmkit keeps its statements, a FOR UPDATE query is parsed once too, and
            // LockingRead sends it alone.
            return new LockingRead(touch, select);
        }

        @Override
        String localDate(String column) {
            // CAST of a TIMESTAMP WITH TIME ZONE to DATE would take the session's zone, not the value's
            return "CAST(FORMATDATETIME(" + column + ", 'yyyy-MM-dd', 'en', CAST(? AS VARCHAR)) AS DATE)";
        }

        @Override
        Object zone(ZoneId zone) {
            return zone.normalized().getId();
        }
    },

    /** PostgreSQL 13 or later. */
    POSTGRESQL("postgresql", "TEXT") {
        @Override
        boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException {
            // a failed statement aborts a PostgreSQL transaction, so the duplicate must not fail
            return Sql.update(connection, insertSkippingTaken(insert), params) > 0;
        }

        @Override
        String insertSkippingTaken(String insert) {
            return insert + " ON CONFLICT DO NOTHING";
        }

        @Override
        String upsert(String table, String columns, String key, int rows, String... changing) {
            return Sql.insert(table, columns, rows) + onConflictUpdate(key, changing);
        }

        @Override
        List<String> oneOf(String column, Enum<?>... values) {
            return List.of(" AND " + column + " IN ("
                    + Arrays.stream(values).map(value -> "'" + value.name() + "'").collect(Collectors.joining(", ")) + ")");
        }

        @Override
        boolean writesInOneStatement() {
            return true;
        }

        @Override
        boolean sendsStatementsTogether() {
            return true;
        }

        @Override
        LockingRead lockingRead(String select, String touch) {
            return new LockingRead(null, select + " FOR UPDATE");
        }

        @Override
        String localDate(String column) {
            return "CAST(" + column + " AT TIME ZONE CAST(? AS TEXT) AS DATE)";
        }

        @Override
        Object zone(ZoneId zone) {
            ZoneId normal = zone.normalized();
            if (normal instanceof ZoneOffset offset) {
                // PostgreSQL reads a bare offset as POSIX does (positive west of Greenwich): name it
                // and give the POSIX offset, the opposite sign of ISO's
                return "<" + offset.getId().replace("Z", "+00:00") + ">" + ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds()).getId()
                        .replace("Z", "+00:00");
            }
            return normal.getId();
        }
    };

    private static final Logger log = LoggerFactory.getLogger(Dialect.class);

    private final String folder;
    private final String longText;

    Dialect(String folder, String longText) {
        this.folder = folder;
        this.longText = longText;
    }

    /**
     * The Flyway locations of the migrations: the statements every dialect runs, written once, then
     * this dialect's own. Versions are unique across both folders.
     */
    List<String> migrationLocations() {
        return List.of("classpath:db/crmkit/common", "classpath:db/crmkit/" + folder);
    }

    /** The folder of this dialect's own migrations under {@code db/crmkit}. */
    String folder() {
        return folder;
    }

    /** The Flyway placeholders of the common migrations: {@code long_text}, the type of unbounded text. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("long_text", longText);
    }

    /**
     * Detects the dialect from a connection's metadata.
     *
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     */
    static Dialect detect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            warnIfQueryCacheIsSmall(connection);
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("crmkit supports H2 and PostgreSQL, not " + product
                + "; pass a dialect explicitly only if the database speaks one of them");
    }

    /**
     * The statements H2 keeps parsed per connection, at least, where crmkit does not keep its own
     * ({@link KeptStatements}): a purchase runs about 25 distinct statements, and H2's default of 8,
     * used round-robin, would have it parse every one anew.
     */
    static final int ENOUGH_QUERY_CACHE = 64;

    private static void warnIfQueryCacheIsSmall(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            int size = Integer.parseInt(rs.getString(1).trim());
            if (KeptStatements.wouldKeepOn(connection)) {
                if (size > 0) {
                    log.info("crmkit keeps its statements on HikariCP's H2 connections; H2's own cache of {} parsed statements per"
                            + " connection (QUERY_CACHE_SIZE) then only makes H2 walk it at each transaction's first write to a table:"
                            + " add ;QUERY_CACHE_SIZE=0 to the JDBC URL unless the application's own statements need it", size);
                }
            } else if (size < ENOUGH_QUERY_CACHE) {
                log.warn("H2 keeps {} parsed statements per connection (QUERY_CACHE_SIZE); crmkit's operations use more, so H2 parses"
                        + " them again on every call: add ;QUERY_CACHE_SIZE={} to the JDBC URL, or take connections from a HikariCP"
                        + " pool, on which crmkit keeps its statements itself (then QUERY_CACHE_SIZE=0 is best)", size, ENOUGH_QUERY_CACHE);
            }
        } catch (SQLException | NumberFormatException e) {
            log.debug("could not read H2's QUERY_CACHE_SIZE", e);
        }
    }

    /**
     * Inserts a row unless a row with the same key exists (after waiting for a concurrent insert of
     * that key to commit or roll back).
     *
     * <p>Where the row usually exists, update or lock it first and call this only when that touched
     * nothing: on H2 the insert of an existing key fails, and a failed statement empties the
     * session's cache of parsed statements ({@code SessionLocal.rollbackTo}), so every statement
     * the connection runs next is parsed again.
     *
     * @param insert a plain {@code INSERT ... VALUES (...)} statement
     * @return true if this call inserted the row
     */
    abstract boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException;

    /**
     * {@code insert} (a plain {@code INSERT ... VALUES (...)}) as a statement that writes no row
     * where the key is taken, instead of failing: the row count tells a taken key. Null on H2, whose
     * own syntax has no such clause, so a taken key can only fail the insert there ({@link
     * #insertIfAbsent} catches that failure).
     */
    @Nullable String insertSkippingTaken(String insert) {
        return null;
    }

    /**
     * One statement that inserts {@code rows} rows or, for a row whose key exists, updates its
     * {@code changing} columns: the parameters are each row's {@code columns} in order.
     *
     * @param columns the columns written, comma-separated
     * @param key the columns of the primary key, comma-separated
     * @param changing the columns an existing row takes from the new one; no other may differ
     */
    abstract String upsert(String table, String columns, String key, int rows, String... changing);

    /**
     * PostgreSQL's {@code ON CONFLICT (key) DO UPDATE SET} of the {@code changing} columns from the
     * row proposed, with a leading space: what makes an {@code INSERT} an upsert.
     */
    static String onConflictUpdate(String key, String... changing) {
        return " ON CONFLICT (" + key + ") DO UPDATE SET "
                + Arrays.stream(changing).map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
    }

    /**
     * Predicates (each {@code " AND ..."}) that together select the rows whose {@code column} holds
     * one of {@code values}, each an index range this database seeks: run one query per predicate.
     */
    abstract List<String> oneOf(String column, Enum<?>... values);

    /**
     * Whether one statement can insert into and update several tables (data-modifying common table
     * expressions), so a ledger write costs one round trip.
     */
    abstract boolean writesInOneStatement();

    /**
     * Whether the driver sends a prepared statement that holds several statements, separated by
     * semicolons, in one round trip and runs them in order, each seeing what the ones before it did
     * (PostgreSQL's driver does; on H2, in the same process, a round trip costs nothing to save).
     */
    abstract boolean sendsStatementsTogether();

    /**
     * Whether a page's rows are read id by id from an array of the ids ({@link IdList#eachId}):
     * PostgreSQL, Citus included (where the read is a router query of one shard), not H2.
     */
    boolean readsIdById() {
        return this == POSTGRESQL;
    }

    /**
     * What follows a table's name in a query that must read through {@code index}: H2's {@code USE
     * INDEX} hint; nothing on PostgreSQL. H2 plans a statement once per connection, when the
     * connection first prepares it, and keeps the plan for as long as the statement stays in its
     * cache: planned on a table with few rows, a read of one member's facts went through the primary
     * key's tenant alone and compared every fact of the tenant (16.4 s inside H2 for the 4,286 reads
     * of a 1,000-customer demo, against 1.3 s with plans made again after each failed statement).
     */
    String readThrough(String index) {
        return this == H2 ? " USE INDEX (" + index + ")" : "";
    }

    /**
     * The calendar day of the timestamp {@code column} in a zone given as one parameter, {@link
     * #zone}'s value.
     */
    abstract String localDate(String column);

    /** The parameter that names {@code zone} to {@link #localDate}. */
    abstract Object zone(ZoneId zone);

    /**
     * How to read rows and lock them until the unit of work ends.
     *
     * @param select a {@code SELECT} of the rows, without {@code FOR UPDATE}
     * @param touch an {@code UPDATE} of the same rows, with the same parameters, that changes
     *     nothing (it sets a column to itself)
     */
    abstract LockingRead lockingRead(String select, String touch);

    /**
     * Reads rows and locks them: the {@code touch} statement, if any, runs first with the query's
     * parameters, then the query.
     *
     * <p>A touch that locked nothing reads nothing: a row another transaction commits between the
     * touch and the query would be seen by the query without being locked (two units of work would
     * then both act on it). The caller creates the row and reads again, as for a row that does not
     * exist. A read of several rows makes sure they all exist before it locks them.
     */
    record LockingRead(@Nullable String touch, String query) {

        /**
         * Runs the touch, if any, and prepares the query; both get {@code params}. Where the
         * connection keeps its statements ({@link KeptStatements}, H2), the query with {@code FOR
         * UPDATE} instead, alone: H2 locks each row it finds, reads it as last committed and checks
         * the condition again, as the touch and the query after it did, in one statement.
         */
        PreparedStatement prepare(Connection connection, Object... params) throws SQLException {
            if (touch != null && KeptStatements.keepsOn(connection)) {
                return Sql.prepare(connection, query + " FOR UPDATE", params);
            }
            if (!lock(connection, params)) {
                return Sql.prepare(connection, "SELECT * FROM (" + query + ") AS unlocked WHERE FALSE", params);
            }
            return Sql.prepare(connection, query, params);
        }

        /**
         * Runs the touch, if any, with {@code params}: false if it locked no row, so that a query
         * after it must read nothing (see the class description); true where there is no touch.
         */
        boolean lock(Connection connection, Object... params) throws SQLException {
            return touch == null || Sql.update(connection, touch, params) > 0;
        }
    }

    /** True if H2 gave up waiting for a row lock (error 50200) or found the row changed by another transaction (90131). */
    private static boolean isLockedByAnother(SQLException e) {
        return causedBy(e, sql -> sql.getErrorCode() == 50200 || sql.getErrorCode() == 90131);
    }

    /**
     * A PostgreSQL expression that is {@code count} when {@code count} equals {@code expected} and
     * otherwise fails the statement (SQLSTATE CR001) with the message {@code what}: a check the
     * database makes itself, through the function {@code crm_expect_rows} (migration V024), so that
     * no count is left for the client to check ({@link #failedExpectation} reads the message back).
     *
     * @param count an SQL expression, e.g. a scalar subquery counting the rows of a CTE
     * @param what an SQL expression for the message: a quoted literal or a parameter
     */
    static String expectRows(String count, long expected, String what) {
        return "crm_expect_rows(" + count + ", " + expected + ", " + what + ")";
    }

    /**
     * The message ({@code what}) of the {@link #expectRows} check that failed the statement, or null
     * if no check did.
     */
    static @Nullable String failedExpectation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "CR001".equals(sql.getSQLState())) {
                // the driver's message is "<severity>: <what>", then lines of context
                String first = String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
                int colon = first.indexOf(": ");
                return colon < 0 ? first : first.substring(colon + 2);
            }
        }
        return null;
    }

    /**
     * The number N of the failed {@link #expectRows} check whose message is {@code prefix} followed
     * by N (one of a statement's numbered guards, e.g. one per account it updates), or -1 if no such
     * check failed the statement.
     */
    static int failedGuard(SQLException e, String prefix) {
        String failed = failedExpectation(e);
        return failed != null && failed.startsWith(prefix) ? Integer.parseInt(failed.substring(prefix.length())) : -1;
    }

    /** True if the exception reports a unique-constraint violation (SQLSTATE 23505 on both). */
    static boolean isUniqueViolation(SQLException e) {
        return causedBy(e, sql -> "23505".equals(sql.getSQLState()));
    }

    /**
     * True if the exception reports a unique-constraint violation naming {@code constraint}, given
     * in lower case (PostgreSQL names it so, H2 in upper case): for a statement sent with others,
     * whose own key must be told from theirs.
     */
    static boolean isUniqueViolationOf(SQLException e, String constraint) {
        return causedBy(e, sql -> "23505".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint));
    }

    /** True if {@code e} or an SQLException among its causes is {@code what}. */
    private static boolean causedBy(SQLException e, Predicate<SQLException> what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && what.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
