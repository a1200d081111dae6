package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows written into one table by a benchmark's loader, the fastest way the database takes them:
 * {@code COPY ... FROM STDIN} on PostgreSQL and on a Citus coordinator (which splits the rows to
 * the shards), JDBC batches elsewhere (H2). Values are {@link String}, {@link Number} or {@link
 * java.time.Instant} (a {@code TIMESTAMP WITH TIME ZONE}), in the order of the columns.
 */
interface TableRows extends AutoCloseable {

    /** The rows of {@code table}'s {@code columns} on {@code connection}, which must not auto-commit. */
    static TableRows into(Connection connection, String table, List<String> columns) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) ? new CopyRows(connection, table, columns) : new BatchRows(connection, table, columns);
    }

    /** How the rows go, for the benchmark's output: {@code COPY} or {@code SQL batches}. */
    static String method(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) ? "COPY" : "SQL batches";
    }

    /** Adds one row, one value per column; may send rows already added. */
    void add(Object... values) throws SQLException;

    /** Sends the rows not sent yet and commits. */
    void finish() throws SQLException;

    /** Gives up the rows not finished. */
    @Override
    void close() throws SQLException;
}
