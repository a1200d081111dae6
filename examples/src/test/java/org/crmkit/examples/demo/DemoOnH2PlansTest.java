package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkit.shared.TenantId;
import org.h2.command.CommandContainer;
import org.h2.command.Prepared;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.util.HasSQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 plans a statement once per connection, when the connection first prepares it, and keeps that plan for as long as the
 * statement stays in the connection's cache. A demo on pooled connections (as {@code crm demo} runs) therefore ends with plans
 * made early, on nearly empty tables: none of those that read one customer's rows may go through an index on the tenant alone,
 * which would compare every row of the tenant on each call (the member's tier facts did, until their read named its index).
 *
 * <p>The plans are read from H2's session cache by reflection (H2 2.5 keeps them in {@code SessionLocal.queryCache}); a new
 * H2 that moves them fails this test loudly rather than passing it. {@code crm demo} itself runs without that cache
 * ({@code QUERY_CACHE_SIZE=0}): crmkit keeps its statements on the pool's connections, and a kept statement is planned at the
 * same moment, its first preparation on the connection. This test turns the cache on so that each statement's plan is also
 * in it, where it can be read.
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
    void no_cached_plan_of_a_read_of_one_customer_goes_through_the_tenant_alone() throws Exception {
        // given a demo of 30 customers on four pooled H2 connections, as the command line runs it
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:plans-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DemoRunner.simulate(pool, new DemoSettings(42, 30, LocalDate.of(2025, 12, 10), directory, true), TenantId.of("plans"),
                    new PrintWriter(new StringWriter(), true));
            // when every connection's cached plans are read
            List<String> tenantOnly = new ArrayList<>();
            int readsOfOneCustomer = 0;
            List<Connection> connections = new ArrayList<>();
            try {
                for (int i = 0; i < config.getMaximumPoolSize(); i++) {
                    connections.add(pool.getConnection());
                }
                for (Connection connection : connections) {
                    for (Map.Entry<String, Object> cached : cachedCommands(connection).entrySet()) {
                        String sql = cached.getKey();
                        if (!sql.startsWith("SELECT") || !ONE_CUSTOMER.matcher(sql).find() || !(cached.getValue() instanceof CommandContainer)) {
                            continue;
                        }
                        readsOfOneCustomer++;
                        Matcher index = INDEX_USED.matcher(plan((CommandContainer) cached.getValue()));
                        while (index.find()) {
                            if (index.group(2) != null && TENANT_ALONE.matcher(index.group(2)).matches()) {
                                tenantOnly.add(index.group(1) + ": " + index.group(2) + " <- " + sql);
                            }
                        }
                    }
                }
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
            // then the reads of one customer's rows were cached, and each goes through an index on the customer
            assertThat(readsOfOneCustomer).as("cached reads of one customer's rows").isGreaterThan(10);
            assertThat(tenantOnly).as("plans reading one customer's rows through an index that does not hold the customer").isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cachedCommands(Connection connection) throws Exception {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        Field cache = SessionLocal.class.getDeclaredField("queryCache");
        cache.setAccessible(true);
        Map<String, Object> commands = (Map<String, Object>) cache.get(session);
        return commands == null ? Map.of() : Map.copyOf(commands);
    }

    private static String plan(CommandContainer command) throws Exception {
        Field prepared = CommandContainer.class.getDeclaredField("prepared");
        prepared.setAccessible(true);
        return ((Prepared) prepared.get(command)).getPlanSQL(HasSQL.ADD_PLAN_INFORMATION).replaceAll("\\s+", " ");
    }
}
