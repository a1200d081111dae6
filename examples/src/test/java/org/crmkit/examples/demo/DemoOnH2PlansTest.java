package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;
import org.h2.command.CommandContainer;
import org.h2.command.Prepared;
import org.h2.jdbc.JdbcPreparedStatement;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.util.HasSQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 plans a statement when a connection prepares it, and plans it again only when the schema or its statistics change
 * ({@code ANALYZE}); crmkit keeps its prepared statements on the pool's connections. A demo on pooled connections (as
 * {@code crm demo} runs) therefore ends with plans made early, on nearly empty tables: none of those that read one customer's
 * rows may go through an index on the tenant alone, which would compare every row of the tenant on each call (the member's
 * tier facts did, until their read named its index).
 *
 * <p>The pool is given connections that record every statement prepared on them, and the plans are read from those
 * statements after the demo, by reflection (H2 2.5 keeps a statement's plan in {@code JdbcPreparedStatement.command}); a new
 * H2 that moves them fails this test loudly rather than passing it. An earlier version read H2's own session cache of parsed
 * statements instead, which H2 empties whenever the schema's statistics change, so how many reads it found depended on when
 * the last change fell.
 */
class DemoOnH2PlansTest {

    /** An equality on the customer in a statement's text, e.g. {@code AND customer_id = ?}. */
    private static final Pattern ONE_CUSTOMER = Pattern.compile("\\bcustomer_id = \\?");
    /** The index a plan reads and the conditions it applies there: {@code /* PUBLIC.NAME: TENANT_ID = ?1 *\/}. */
    private static final Pattern INDEX_USED = Pattern.compile("/\\* [A-Z_]+\\.([A-Z0-9_]+)(?:: ([^*]*))? \\*/");
    /** An index read bounded by the tenant alone. */
    private static final Pattern TENANT_ALONE = Pattern.compile("TENANT_ID = \\?\\d+");

    @TempDir
    Path directory;

    @Test
    void no_plan_of_a_read_of_one_customer_goes_through_the_tenant_alone() throws Exception {
        // given a demo of 30 customers on four pooled H2 connections, as the command line runs it, each statement recorded
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plans-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
        ConcurrentLinkedQueue<Map.Entry<String, PreparedStatement>> prepared = new ConcurrentLinkedQueue<>();
        HikariConfig config = new HikariConfig();
        config.setDataSource(recording(h2, prepared));
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DemoRunner.simulate(pool, new DemoSettings(42, 30, LocalDate.of(2025, 12, 10), directory, true), TenantId.of("plans"),
                    new PrintWriter(new StringWriter(), true));
            // when the plans of the reads of one customer's rows are read, each text's last preparation
            Map<String, String> plans = new TreeMap<>();
            for (Map.Entry<String, PreparedStatement> statement : prepared) {
                String sql = statement.getKey();
                if (sql.startsWith("SELECT") && ONE_CUSTOMER.matcher(sql).find()) {
                    plans.put(sql, plan(statement.getValue()));
                }
            }
            // then there were such reads, and each goes through an index on the customer
            List<String> tenantOnly = new ArrayList<>();
            plans.forEach((sql, plan) -> {
                Matcher index = INDEX_USED.matcher(plan);
                while (index.find()) {
                    if (index.group(2) != null && TENANT_ALONE.matcher(index.group(2)).matches()) {
                        tenantOnly.add(index.group(1) + ": " + index.group(2) + " <- " + sql);
                    }
                }
            });
            assertThat(plans.size()).as("reads of one customer's rows the demo prepared").isGreaterThan(10);
            assertThat(tenantOnly).as("plans reading one customer's rows through an index that does not hold the customer").isEmpty();
        }
    }

    /** {@code dataSource}, whose connections add each statement prepared on them, with its text, to {@code prepared}. */
    private static DataSource recording(DataSource dataSource, ConcurrentLinkedQueue<Map.Entry<String, PreparedStatement>> prepared) {
        return (DataSource) Proxy.newProxyInstance(DemoOnH2PlansTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return result instanceof Connection connection ? recording(connection, prepared) : result;
                });
    }

    private static Connection recording(Connection connection, ConcurrentLinkedQueue<Map.Entry<String, PreparedStatement>> prepared) {
        return (Connection) Proxy.newProxyInstance(DemoOnH2PlansTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                        prepared.add(Map.entry((String) args[0], statement));
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The plan H2 holds for {@code statement} now, with the indexes it reads and their conditions. */
    private static String plan(PreparedStatement statement) throws Exception {
        Field command = JdbcPreparedStatement.class.getDeclaredField("command");
        command.setAccessible(true);
        Field prepared = CommandContainer.class.getDeclaredField("prepared");
        prepared.setAccessible(true);
        Object container = command.get(statement.unwrap(JdbcPreparedStatement.class));
        return ((Prepared) prepared.get(container)).getPlanSQL(HasSQL.ADD_PLAN_INFORMATION).replaceAll("\\s+", " ");
    }
}
