package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
    },

    /** PostgreSQL 13 or later. */
    POSTGRESQL("postgresql", "TEXT") {
        @Override
        boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException {
            // a failed statement aborts a PostgreSQL transaction, so the duplicate must not fail
            return Sql.update(connection, insert + " ON CONFLICT DO NOTHING", params) > 0;
        }

        @Override
        String upsert(String table, String columns, String key, int rows, String... changing) {
            return Sql.insert(table, columns, rows) + " ON CONFLICT (" + key + ") DO UPDATE SET "
                    + Arrays.stream(changing).map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
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
    };

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
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("crmkit supports H2 and PostgreSQL, not " + product
                + "; pass a dialect explicitly only if the database speaks one of them");
    }

    /**
     * Inserts a row unless a row with the same key exists (after waiting for a concurrent insert of
     * that key to commit or roll back).
     *
     * @param insert a plain {@code INSERT ... VALUES (...)} statement
     * @return true if this call inserted the row
     */
    abstract boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException;

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
     * Predicates (each {@code " AND ..."}) that together select the rows whose {@code column} holds
     * one of {@code values}, each an index range this database seeks: run one query per predicate.
     */
    abstract List<String> oneOf(String column, Enum<?>... values);

    /**
     * Whether one statement can insert into and update several tables (data-modifying common table
     * expressions), so a ledger write costs one round trip.
     */
    abstract boolean writesInOneStatement();

    /** True if the exception reports a unique-constraint violation (SQLSTATE 23505 on both). */
    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
