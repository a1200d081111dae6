package org.crmkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's prepared statements kept open on each pooled H2 connection from one unit of work to the
 * next, so that H2 parses each statement once per connection and its own per-session cache of
 * parsed statements ({@code QUERY_CACHE_SIZE}) can stay small or empty.
 *
 * <p>Why: H2 2.x, at a transaction's first write to each table, walks every query in that cache
 * to forget results it may have kept ({@code SessionLocal.invalidateCachedResults}), and empties
 * the cache whenever a statement fails; with a cache large enough for crmkit's statements the walk
 * took a sixth of a ledger operation's time. A statement kept here is not in that walk once H2's
 * cache has let it go (with {@code QUERY_CACHE_SIZE=0}, never); H2 still re-uses a query's last
 * result only when no table it reads has changed since, this transaction's own writes included.
 *
 * <p>Statements are kept only where the unit's connection is a HikariCP proxy (and the database
 * H2, see {@link JdbcTransactions}): they are prepared on the connection HikariCP pools under its
 * proxy, since HikariCP closes the statements prepared through its proxy when the connection goes
 * back to the pool. That pooled connection is H2's own, or a wrapper of the application's that the
 * pool was given (one that records, traces or fails statements), which then sees every call as
 * before. Any other connection, including a wrapper around HikariCP's, is used as given, every
 * call through it, as before. A statement a caller closes goes back to its connection's idle set,
 * its parameters and batch cleared; one prepared while the same text is in use is a second
 * statement, and each connection keeps at most {@link #PER_CONNECTION} idle ones, closing the
 * least recently used. A connection HikariCP closed is forgotten the next time a new one appears.
 */
final class KeptStatements {

    /** Idle statements kept per connection. */
    static final int PER_CONNECTION = 256;

    private static final Logger log = LoggerFactory.getLogger(KeptStatements.class);
    private static final String HIKARI_PROXY = "com.zaxxer.hikari.pool.HikariProxyConnection";

    /** Idle statements by the pooled connection they were prepared on; each set is used by one thread at a time, as its connection is. */
    private final Map<Connection, Idle> byConnection = new IdentityHashMap<>();

    /** {@code connection} preparing kept statements if it is a HikariCP proxy, else {@code connection} itself. */
    Connection connection(Connection connection) {
        Connection pooled = pooledUnder(connection);
        if (pooled == null) {
            return connection;
        }
        Idle idle = idleOf(pooled);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("isWrapperFor") && args != null && args[0] == KeptStatements.class) {
                return true; // see keepsOn
            }
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                String sql = (String) args[0];
                PreparedStatement statement = idle.take(sql);
                return kept(statement != null ? statement : pooled.prepareStatement(sql), sql, idle, (Connection) proxy);
            }
            return Delegation.delegate(proxy, connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /**
     * Whether {@code connection} keeps the statements prepared on it: one that {@link #connection} made, or a wrapper of
     * one that answers {@code isWrapperFor} through it (as the table names' mapping does).
     */
    static boolean keepsOn(Connection connection) {
        try {
            return connection.isWrapperFor(KeptStatements.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether {@link #connection} would keep the statements of a unit of work on {@code connection}: it is a HikariCP proxy. */
    static boolean wouldKeepOn(Connection connection) {
        return pooledUnder(connection) != null;
    }

    /** The connection a HikariCP proxy pools; null if {@code connection} is not one. */
    private static @Nullable Connection pooledUnder(Connection connection) {
        if (!connection.getClass().getName().equals(HIKARI_PROXY)) {
            return null;
        }
        try {
            return connection.unwrap(Connection.class);
        } catch (SQLException e) {
            log.debug("could not unwrap a HikariCP connection; its statements are not kept", e);
            return null;
        }
    }

    /** How many connections have statements kept (for tests). */
    int connections() {
        synchronized (byConnection) {
            return byConnection.size();
        }
    }

    private Idle idleOf(Connection pooled) {
        synchronized (byConnection) {
            Idle idle = byConnection.get(pooled);
            if (idle == null) {
                forgetClosed();
                idle = new Idle();
                byConnection.put(pooled, idle);
            }
            return idle;
        }
    }

    private void forgetClosed() {
        for (Iterator<Connection> it = byConnection.keySet().iterator(); it.hasNext(); ) {
            Connection c = it.next();
            try {
                if (c.isClosed()) {
                    it.remove();
                }
            } catch (SQLException e) {
                it.remove();
            }
        }
    }

    /** A caller's handle on {@code statement}: closing it returns the statement to {@code idle}. */
    private static PreparedStatement kept(PreparedStatement statement, String sql, Idle idle, Connection connection) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!closed) {
                            closed = true;
                            idle.giveBack(sql, statement);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return closed || statement.isClosed();
                    }
                    case "getConnection" -> {
                        return connection;
                    }
                    case "equals", "hashCode" -> {
                        return Delegation.delegate(proxy, statement, method, args);
                    }
                    default -> {
                        if (closed) {
                            throw new SQLException("the statement is closed");
                        }
                        return Delegation.invoke(statement, method, args);
                    }
                }
            }
        };
        return (PreparedStatement) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                handler);
    }

    /** One connection's idle statements by text, least recently used first. */
    private static final class Idle {
        private final LinkedHashMap<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                closeQuietly(eldest.getValue());
                return true;
            }
        };

        /** An idle open statement of {@code sql}, now in use; null if none. */
        @Nullable PreparedStatement take(String sql) throws SQLException {
            PreparedStatement statement = statements.remove(sql);
            return statement == null || statement.isClosed() ? null : statement;
        }

        void giveBack(String sql, PreparedStatement statement) throws SQLException {
            if (statement.isClosed()) {
                return;
            }
            try {
                ResultSet open = statement.getResultSet();
                if (open != null) {
                    open.close(); // as closing a statement closes its result
                }
                statement.clearParameters();
                statement.clearBatch();
            } catch (SQLException e) {
                closeQuietly(statement);
                throw e;
            }
            PreparedStatement other = statements.putIfAbsent(sql, statement);
            if (other != null) {
                closeQuietly(statement); // the same text was prepared twice while in use; one is enough
            }
        }

        private static void closeQuietly(PreparedStatement statement) {
            try {
                statement.close();
            } catch (SQLException e) {
                log.debug("closing a kept statement failed", e);
            }
        }
    }
}
