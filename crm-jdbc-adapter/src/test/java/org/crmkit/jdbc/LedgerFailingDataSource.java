package org.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} to count what its connections send to the database (and the rows
 * they read back) and to make the Nth call fail. A call is a statement execution ({@code execute*}) or a {@code commit} (or
 * statements that end with a {@code COMMIT}, which PostgreSQL's units of work send together when they can). An armed
 * failure throws an {@link SQLException} (SQLSTATE 08006, as a dropped connection) either instead
 * of the call, or after it (the database did it, the application never heard back: the case that
 * matters for a commit). Thread-safe; counts the calls of every thread.
 */
final class LedgerFailingDataSource implements DataSource {

    /** Stands for a parameter bound to SQL NULL in {@link Executed#parameters()}. */
    static final Object NULL = new Object();

    /** Recognisable in causes. */
    static final String INJECTED = "injected failure";

    private final DataSource delegate;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger rows = new AtomicInteger();
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final List<Executed> executed = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private volatile int failAt;
    private volatile boolean afterTheCall;
    private volatile boolean fired;

    LedgerFailingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** Resets the counters and makes call number {@code n} (from 1) fail before it reaches the database. */
    void failBefore(int n) {
        arm(n, false);
    }

    /** Resets the counters and makes call number {@code n} fail after the database carried it out. */
    void failAfter(int n) {
        arm(n, true);
    }

    /** Resets the counters; nothing fails. */
    void count() {
        arm(0, false);
    }

    /** Statement executions and commits since the last reset. */
    int calls() {
        return calls.get();
    }

    /** Statement executions (without commits) since the last reset. */
    int statements() {
        return statements.get();
    }

    /** Rows read from result sets since the last reset. */
    int rowsRead() {
        return rows.get();
    }

    /** The SQL executed since the last reset, in order, for messages. */
    List<String> executedSql() {
        return List.copyOf(sql);
    }

    /** The SQL of the statements and commits the database failed (not the injected failures) since the last reset. */
    List<String> failedSql() {
        return List.copyOf(failed);
    }

    /** A statement executed, with the parameters bound to it (by position from 1) when it ran. */
    record Executed(String sql, Map<Integer, Object> parameters) {}

    /** The statements executed since the last reset, in order, with their parameters. */
    List<Executed> executed() {
        return List.copyOf(executed);
    }

    /** True if the armed failure was thrown. */
    boolean fired() {
        return fired;
    }

    private void arm(int n, boolean after) {
        failAt = 0;
        calls.set(0);
        statements.set(0);
        rows.set(0);
        sql.clear();
        executed.clear();
        failed.clear();
        fired = false;
        afterTheCall = after;
        failAt = n;
    }

    private Object call(Object target, Method method, Object[] args, String what) throws Throwable {
        int number = calls.incrementAndGet();
        boolean fail = number == failAt;
        if (fail && !afterTheCall) {
            fired = true;
            throw new SQLException(INJECTED + " before call " + number + " (" + what + ")", "08006");
        }
        Object result;
        try {
            result = invoke(target, method, args);
        } catch (SQLException e) {
            failed.add(what);
            throw e;
        }
        if (fail) {
            fired = true;
            throw new SQLException(INJECTED + " after call " + number + " (" + what + ")", "08006");
        }
        return result;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit")) {
                return call(connection, method, args, "commit");
            }
            Object result = invoke(connection, method, args);
            if (result instanceof CallableStatement s) {
                return wrap(s, CallableStatement.class, args);
            }
            if (result instanceof PreparedStatement s) {
                return wrap(s, PreparedStatement.class, args);
            }
            if (result instanceof Statement s) {
                return wrap(s, Statement.class, args);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private Statement wrap(Statement statement, Class<? extends Statement> type, Object[] creationArgs) {
        String prepared = creationArgs != null && creationArgs.length > 0 && creationArgs[0] instanceof String s ? s : null;
        Map<Integer, Object> bound = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                bound.put(index, args[1] == null || method.getName().equals("setNull") ? NULL : args[1]);
            }
            if (method.getName().startsWith("execute")) {
                statements.incrementAndGet();
                String text = prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
                sql.add(text);
                executed.add(new Executed(text, Map.copyOf(bound)));
                // statements sent together with the unit's COMMIT are its commit call
                return countingRows(call(statement, method, args, text.endsWith("; COMMIT") ? "commit" : text));
            }
            return countingRows(invoke(statement, method, args));
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object countingRows(Object result) {
        if (!(result instanceof ResultSet resultSet)) {
            return result;
        }
        InvocationHandler handler = (proxy, method, args) -> {
            Object value = invoke(resultSet, method, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(value)) {
                rows.incrementAndGet();
            }
            return value;
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, handler);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
