package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link TableRows} through one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format,
 * sent to the server in chunks of about 64 KB as the rows come.
 */
final class CopyRows implements TableRows {

    private static final int CHUNK = 1 << 16;

    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder pending = new StringBuilder(CHUNK + 1024);

    CopyRows(Connection connection, String table, List<String> columns) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append('\t');
            }
            text(values[i]);
        }
        pending.append('\n');
        if (pending.length() >= CHUNK) {
            send();
        }
    }

    @Override
    public void finish() throws SQLException {
        send();
        copy.endCopy();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** A value in COPY's text format: {@code \N} for null, a decimal without exponent, an instant in ISO 8601, backslash escapes. */
    private void text(Object value) {
        if (value == null) {
            pending.append("\\N");
            return;
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> pending.append("\\\\");
                case '\t' -> pending.append("\\t");
                case '\n' -> pending.append("\\n");
                case '\r' -> pending.append("\\r");
                default -> pending.append(ch);
            }
        }
    }

    private void send() throws SQLException {
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        pending.setLength(0);
    }
}
