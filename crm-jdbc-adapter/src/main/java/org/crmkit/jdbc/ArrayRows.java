package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Many rows of one statement bound as one text array per column and turned back into rows by
 * PostgreSQL's {@code unnest}: the statement's text and its few parameters are the same for any
 * number of rows, so it is parsed and planned once rather than once per row count with thousands of
 * parameters (a page's outbox or timeline rows, a page of scores, an assessment page's memberships, a
 * settlement page's lots and entries). Each
 * value goes as its text and is cast to the column's type, which PostgreSQL reads back exactly
 * (decimals as plain text, doubles as Java's shortest text that reads back to the same double,
 * instants to the microsecond as the driver rounds them).
 *
 * <p>Not on Citus: an {@code INSERT ... SELECT} from a function is pulled through the coordinator
 * there instead of routed to the tenant's shard, while a multi-row {@code VALUES} of one tenant is a
 * router statement. H2 runs the same rows as a JDBC batch, in the same process.
 */
final class ArrayRows {

    /** The ordinality column added after a row's columns, which keeps the rows in the order given. */
    private static final String ORDER = "row_order";

    private ArrayRows() {}

    /** Whether a storage on {@code dialect} sends many rows as arrays. */
    static boolean usedBy(Dialect dialect, boolean citus) {
        return dialect == Dialect.POSTGRESQL && !citus;
    }

    /**
     * {@code unnest(?::t1[], ...) WITH ORDINALITY AS alias(c1, ..., row_order)}: a row source with one
     * text-array parameter per column, bound with {@link #params}.
     *
     * @param columns the row's columns, comma-separated
     * @param types their SQL types, comma-separated, in the same order
     */
    static String unnest(String alias, String columns, String types) {
        String[] typeList = types.split(",");
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < typeList.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("?::").append(typeList[i].trim()).append("[]");
        }
        return sql.append(") WITH ORDINALITY AS ").append(alias).append('(').append(columns).append(", ").append(ORDER).append(')').toString();
    }

    /** {@code INSERT INTO table (columns)} of the rows bound with {@link #params}, in their order (an identity column follows it). */
    static String insert(String table, String columns, String types) {
        return "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + unnest("r", columns, types) + " ORDER BY " + ORDER;
    }

    /** One text array per column of {@code rows} (each row's values in the columns' order), as {@link Sql#bind} binds them. */
    static Object[] params(List<Object[]> rows) {
        int columns = rows.get(0).length;
        Object[] arrays = new Object[columns];
        for (int column = 0; column < columns; column++) {
            String[] values = new String[rows.size()];
            Object previous = null;
            for (int row = 0; row < values.length; row++) {
                Object value = rows.get(row)[column];
                // a unit's rows mostly share their tenant and instant: formatting an instant is what costs
                values[row] = row > 0 && value != null && value.equals(previous) ? values[row - 1] : text(value);
                previous = value;
            }
            arrays[column] = values;
        }
        return arrays;
    }

    /** The text PostgreSQL reads back as {@code value}; null for SQL NULL. */
    private static String text(Object value) {
        if (value instanceof Sql.Null) {
            return null;
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof Instant instant) {
            // to the microsecond, rounding half up as the driver does for a single timestamp
            return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Long || value instanceof Integer || value instanceof Double || value instanceof Boolean
                || value instanceof java.time.LocalDate) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot send a " + (value == null ? "null without a type" : value.getClass()) + " in an array");
    }
}
