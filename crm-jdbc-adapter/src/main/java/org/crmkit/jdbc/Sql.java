package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.crmkit.shared.DuplicateKeyException;

/** Binding and reading helpers for plain parameterised JDBC. Values are never concatenated into SQL. */
final class Sql {

    /** A typed SQL NULL, for drivers that need the type of an absent value. */
    record Null(int sqlType) {}

    static final Null NULL_TEXT = new Null(Types.VARCHAR);
    static final Null NULL_DATE = new Null(Types.DATE);
    static final Null NULL_TIMESTAMP = new Null(Types.TIMESTAMP_WITH_TIMEZONE);
    static final Null NULL_DOUBLE = new Null(Types.DOUBLE);
    static final Null NULL_DECIMAL = new Null(Types.DECIMAL);

    private Sql() {}

    /** Prepares {@code sql} and binds {@code params} in order. */
    static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Reads the result set of one statement of several sent together (see {@link #eachResult}). */
    @FunctionalInterface
    interface PartReader {
        void read(int part, ResultSet rs) throws SQLException;
    }

    /**
     * Executes a prepared statement that holds {@code parts} queries separated by semicolons (sent
     * in one round trip where {@link Dialect#sendsStatementsTogether} holds) and hands each query's
     * result set, in order, to {@code reader}.
     */
    static void eachResult(PreparedStatement statement, int parts, PartReader reader) throws SQLException {
        statement.execute();
        for (int part = 0; part < parts; part++) {
            try (ResultSet rs = statement.getResultSet()) {
                reader.read(part, rs);
            }
            statement.getMoreResults();
        }
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /**
     * Runs an INSERT like {@link #update}, turning a unique-constraint violation into the port's
     * {@link DuplicateKeyException} naming what was duplicated.
     *
     * @param entity what the row is, e.g. {@code "customer"}
     * @param field what must be unique, e.g. {@code "customer id"}
     */
    static int insertUnique(String entity, String field, Connection connection, String sql, Object... params) throws SQLException {
        try {
            return update(connection, sql, params);
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e)) {
                throw new DuplicateKeyException(entity, field);
            }
            throw e;
        }
    }

    /** Runs {@code sql} once per row of parameters in one JDBC batch and returns the rows each run touched. */
    static int[] batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Null n) {
            statement.setNull(index, n.sqlType());
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof String[] texts) {
            statement.setArray(index, statement.getConnection().createArrayOf("varchar", texts));
        } else if (value instanceof LocalDate || value instanceof String || value instanceof Long
                || value instanceof Integer || value instanceof Double || value instanceof Boolean || value instanceof java.math.BigDecimal) {
            statement.setObject(index, value);
        } else {
            throw new IllegalArgumentException("cannot bind a " + (value == null ? "null without a type" : value.getClass()));
        }
    }

    static Object text(String value) {
        return value == null ? NULL_TEXT : value;
    }

    static Object date(LocalDate value) {
        return value == null ? NULL_DATE : value;
    }

    static Object timestamp(Instant value) {
        return value == null ? NULL_TIMESTAMP : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** {@code n} comma-separated placeholders, for IN lists. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** {@code count} rows of one placeholder per column of {@code columns} (comma-separated), for a multi-row {@code VALUES}. */
    static String rows(int count, String columns) {
        return String.join(", ", Collections.nCopies(count, "(" + placeholders(columns.split(",").length) + ")"));
    }

    /** {@code INSERT INTO table (columns) VALUES} and {@code rows} rows of placeholders. */
    static String insert(String table, String columns, int rows) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + rows(rows, columns);
    }
}
