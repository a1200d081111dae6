package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL dialects crmkit speaks. Each names its migration folder and overrides only what
 * differs between the databases.
 *
 * @since 0.1
 */
public enum Dialect {
    /** H2 2.x, embedded (file or memory) or server. */
    H2("h2", "CHARACTER VARYING(1000000)"),
    /** PostgreSQL 13 or later. */
    POSTGRESQL("postgresql", "TEXT");

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
     * that key to commit or roll back). PostgreSQL: {@code ON CONFLICT DO NOTHING}, because a failed
     * statement aborts its transaction there. H2: the duplicate-key error is caught, since H2 keeps
     * the transaction.
     *
     * @param insert a plain {@code INSERT ... VALUES (...)} statement
     * @return true if this call inserted the row
     */
    boolean insertIfAbsent(Connection connection, String insert, Object... params) throws SQLException {
        if (this == POSTGRESQL) {
            return Sql.update(connection, insert + " ON CONFLICT DO NOTHING", params) > 0;
        }
        try {
            return Sql.update(connection, insert, params) > 0;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

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
