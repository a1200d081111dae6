package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How the baselines' bare transactions run their statements. On H2 each statement is prepared once per pooled connection, on
 * the H2 connection under the pool's proxy, and kept, as crmkit keeps its own there: with H2's own statement cache off (the
 * benchmarks' {@code QUERY_CACHE_SIZE=0}) a statement prepared per transaction would be parsed every time, which no
 * application that cares for speed would do. Elsewhere each statement is prepared and closed in its transaction, as before
 * (PostgreSQL's driver keeps the server's prepared statement per connection itself).
 */
final class BareStatements {

    private final Map<Connection, Map<String, PreparedStatement>> kept = new IdentityHashMap<>();

    /** Runs {@code sql} with {@code params} on {@code pooled}, a connection of the pool in a transaction; returns the rows changed. */
    int update(Connection pooled, String sql, Object... params) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        if (!physical.getClass().getName().startsWith("org.h2.")) {
            try (PreparedStatement s = pooled.prepareStatement(sql)) {
                return execute(s, params);
            }
        }
        PreparedStatement s;
        synchronized (kept) {
            s = kept.computeIfAbsent(physical, c -> new HashMap<>()).get(sql);
        }
        if (s == null) {
            s = physical.prepareStatement(sql);
            synchronized (kept) {
                kept.get(physical).put(sql, s);
            }
        }
        return execute(s, params);
    }

    private static int execute(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s.executeUpdate();
    }
}
