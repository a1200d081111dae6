package org.crmkit.benchmarks;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Counts the statement executions and commits (each a round trip) of the connections it hands out, and lists them. */
final class CountingDataSource extends DelegatingDataSource {

    /** {@code -Dbench.sql.full=true} lists each statement whole instead of its first 110 characters. */
    private static final boolean FULL = Boolean.getBoolean("bench.sql.full");

    final AtomicInteger calls = new AtomicInteger();
    final List<String> sql = Collections.synchronizedList(new ArrayList<>());

    CountingDataSource(DataSource delegate) {
        super(delegate);
    }

    void reset() {
        calls.set(0);
        sql.clear();
    }

    @Override
    Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
            Object result = invoke(c, m, a);
            if (m.getName().equals("commit")) {
                calls.incrementAndGet();
                sql.add("COMMIT");
            }
            if (result instanceof Statement s && (m.getName().startsWith("prepare") || m.getName().equals("createStatement"))) {
                String text = a != null && a.length > 0 && a[0] instanceof String q ? q : "?";
                Class<?> type = m.getName().equals("prepareCall") ? java.sql.CallableStatement.class
                        : m.getName().equals("createStatement") ? Statement.class : java.sql.PreparedStatement.class;
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (sp, sm, sa) -> {
                    if (sm.getName().startsWith("execute")) {
                        calls.incrementAndGet();
                        sql.add(FULL || text.length() <= 110 ? text : text.substring(0, 110) + "...");
                    }
                    return invoke(s, sm, sa);
                });
            }
            return result;
        });
    }
}
