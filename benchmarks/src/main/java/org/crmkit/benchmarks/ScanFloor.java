package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The floor a batch job is measured against: one bare SQL query reading the rows the job reads,
 * streamed in pages of 1,000 and every column touched, in the same run as the job.
 */
final class ScanFloor {

    private ScanFloor() {}

    /**
     * Runs {@code sql} with {@code params} (an {@link Instant} is bound as a UTC timestamp), reads
     * every column of every row, prints what it read as {@code rows} and returns the seconds it took.
     */
    static double seconds(DataSource dataSource, String rows, String sql, Object... params) throws Exception {
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        long count = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(1000);
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rs.getObject(column);
                        }
                        count++;
                    }
                }
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  floor: read %,d %s with one SQL query in %.2f s (%s)%n", count, rows, seconds, cpu.since());
        return seconds;
    }
}
