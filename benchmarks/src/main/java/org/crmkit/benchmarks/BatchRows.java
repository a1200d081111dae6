package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** {@link TableRows} through one {@code INSERT}, sent and committed in batches of {@value #BATCH} rows. */
final class BatchRows implements TableRows {

    private static final int BATCH = 1000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int batched;

    BatchRows(Connection connection, String table, List<String> columns) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
    }

    @Override
    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i] instanceof Instant instant ? Timestamp.from(instant) : values[i]);
        }
        insert.addBatch();
        if (++batched == BATCH) {
            send();
        }
    }

    @Override
    public void finish() throws SQLException {
        send();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    private void send() throws SQLException {
        insert.executeBatch();
        connection.commit();
        batched = 0;
    }
}
