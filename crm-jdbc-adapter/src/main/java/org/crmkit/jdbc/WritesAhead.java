package org.crmkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.crmkit.jdbc.JdbcTransactions.DeferredStatement;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work's connection that sends the unit's deferred writes in the same round trip as the
 * next statement that needs them sent first, where the dialect {@linkplain
 * Dialect#sendsStatementsTogether() sends statements together}: the deferred statements, then the
 * statement itself, in that order, so it sees what they wrote (read-your-writes), and a failure of
 * any of them fails the statement. Only statements whose failure cannot be mistaken for a deferred
 * write's carry them: queries, and inserts that skip a conflicting row ({@code ON CONFLICT DO
 * NOTHING}, which no unique violation of theirs can fail), alone or several sent together (such as
 * a lock with the reads that follow it). Anything else done on the connection first sends the
 * deferred writes on their own, as before.
 *
 * <p>A carrying statement records its parameters and prepares the statement at its first
 * execution, with the writes then waiting ahead of it; executed again, it runs alone.
 */
final class WritesAhead {

    /** The unit's deferred statements, as {@link JdbcTransactions} keeps them. */
    interface Pending {
        /** Whether any statement waits. */
        boolean any();

        /** Removes and returns the waiting statements, in the order deferred. */
        List<DeferredStatement> take();

        /** Sends the waiting statements (and rows) on their own. */
        void flush() throws SQLException;
    }

    private WritesAhead() {}

    /** {@code connection}, sending {@code pending}'s statements ahead of the next one that may carry them. */
    static Connection connection(Connection connection, Pending pending) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1 && carries((String) args[0])
                    && pending.any()) {
                return Proxy.newProxyInstance(WritesAhead.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        new CarryingStatement(connection, (String) args[0], pending));
            }
            if (!method.getName().equals("createArrayOf")) {
                pending.flush();
            }
            return Delegation.delegate(proxy, connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(WritesAhead.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /**
     * Whether a failure of {@code sql} is its own, never a deferred write's, so it may carry them:
     * a query or an insert that skips conflicts, or several of them sent together (separated by
     * {@code "; "}, read with {@code getMoreResults}).
     */
    static boolean carries(String sql) {
        int from = 0;
        while (true) {
            int end = sql.indexOf("; ", from);
            String part = end < 0 ? sql.substring(from) : sql.substring(from, end);
            if (part.indexOf(';') >= 0 || !(part.regionMatches(true, 0, "SELECT ", 0, 7) || part.endsWith(" ON CONFLICT DO NOTHING"))) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            from = end + 2;
        }
    }

    /** A prepared statement that binds late, so that its first execution can send the deferred writes ahead of it. */
    private static final class CarryingStatement implements InvocationHandler {
        private final Connection connection;
        private final String sql;
        private final Pending pending;
        /** Parameter settings by index: the setter and its arguments. */
        private final Map<Integer, Object[]> parameters = new TreeMap<>();
        private final Map<Integer, Method> setters = new TreeMap<>();
        /** Statement settings (fetch size, timeouts), replayed on each statement prepared. */
        private final List<Object[]> settings = new ArrayList<>();
        private @Nullable PreparedStatement statement;
        private boolean carried;
        private boolean closed;

        CarryingStatement(Connection connection, String sql, Pending pending) {
            this.connection = connection;
            this.sql = sql;
            this.pending = pending;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            String name = method.getName();
            int arity = args == null ? 0 : args.length;
            if (name.startsWith("set") && arity >= 2 && method.getParameterTypes()[0] == int.class) {
                parameters.put((Integer) args[0], args.clone());
                setters.put((Integer) args[0], method);
                return null;
            }
            switch (name) {
                case "clearParameters" -> {
                    parameters.clear();
                    setters.clear();
                    return null;
                }
                case "close" -> {
                    closed = true;
                    if (statement != null) {
                        statement.close();
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed;
                }
                case "getConnection" -> {
                    return connection;
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    if (arity == 0) {
                        return execute(name);
                    }
                }
                case "getResultSet", "getMoreResults", "getUpdateCount", "getLargeUpdateCount", "getWarnings" -> {
                    if (statement != null) {
                        // the results of the execution that ran, the carried writes' already passed
                        return Delegation.invoke(statement, method, args);
                    }
                }
                default -> {
                    if (name.startsWith("set") && arity == 1) {
                        settings.add(new Object[] {method, args[0]});
                        return statement == null ? null : Delegation.invoke(statement, method, args);
                    }
                }
            }
            return Delegation.invoke(alone(), method, args);
        }

        /** Runs the statement: the first time with the writes waiting ahead of it, if any still do. */
        private Object execute(String how) throws Throwable {
            List<DeferredStatement> ahead = statement == null ? pending.take() : List.of();
            if (ahead.isEmpty()) {
                PreparedStatement s = alone();
                bind(s, 0);
                return Delegation.invoke(s, PreparedStatement.class.getMethod(how), null);
            }
            StringJoiner all = new StringJoiner("; ");
            int offset = 0;
            for (DeferredStatement d : ahead) {
                all.add(d.sql());
                offset += d.params().length;
            }
            all.add(sql);
            PreparedStatement s = prepare(all.toString());
            carried = true;
            int index = 1;
            for (DeferredStatement d : ahead) {
                for (Object value : d.params()) {
                    Sql.bind(s, index++, value);
                }
            }
            bind(s, offset);
            JdbcTransactions.execute(s, ahead);
            for (DeferredStatement d : ahead) {
                d.check().check(s);
                s.getMoreResults();
            }
            return switch (how) {
                case "executeQuery" -> s.getResultSet();
                case "executeUpdate" -> s.getUpdateCount();
                case "executeLargeUpdate" -> (long) s.getUpdateCount();
                default -> s.getResultSet() != null;
            };
        }

        /** The statement on its own: prepared now (after the writes waiting are sent), or again after it carried them. */
        private PreparedStatement alone() throws SQLException {
            if (statement != null && !carried) {
                return statement;
            }
            if (statement != null) {
                statement.close();
            }
            pending.flush();
            carried = false;
            return prepare(sql);
        }

        private PreparedStatement prepare(String text) throws SQLException {
            statement = connection.prepareStatement(text);
            for (Object[] setting : settings) {
                try {
                    ((Method) setting[0]).invoke(statement, setting[1]);
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("could not apply a statement setting", e);
                }
            }
            return statement;
        }

        private void bind(PreparedStatement s, int offset) throws Throwable {
            for (Map.Entry<Integer, Object[]> p : parameters.entrySet()) {
                Object[] args = p.getValue().clone();
                args[0] = p.getKey() + offset;
                Delegation.invoke(s, setters.get(p.getKey()), args);
            }
        }
    }
}
