package org.crmkit.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Currency;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.HostTransactions;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.ThreadBoundTransactions;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.RecordPurchase;

/**
 * The README's "inside the host's transaction" example: a plain JDBC host records its order and
 * crmkit's purchase in one transaction, commits one and rolls another back.
 */
public final class HostTransactionExample {

    /** What the example left in the database. */
    public record Result(long hostOrders, long purchases, long points) {}

    private HostTransactionExample() {}

    /** Runs the example on an in-memory H2 database. */
    public static Result run() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:host-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE host_orders (order_id VARCHAR(64) PRIMARY KEY)");
            }
            // --- README host transaction begins
            ThreadBoundTransactions host = HostTransactions.threadBound();
            Crm crm = Crm.builder()
                    .storage(JdbcStorage.builder(dataSource).hostTransactions(host).build())
                    .build();
            // --- README host transaction ends
            TenantId shop = TenantId.of("my-shop");
            defineProgramme(crm, shop);
            Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
            // --- README host transaction continues
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);                   // the host's transaction
                insertOrder(connection, "order-1");                // the host's own write
                host.runIn(connection, () -> crm.commerce().recordPurchase(   // crmkit joins the transaction
                        RecordPurchase.of(shop, li.id(), "order-1", Money.of("299.00", "CNY")).inProgramme(ProgrammeId.DEFAULT)));
                connection.commit();                               // or rollback(): crmkit's rows and events go too
            }
            // --- README host transaction ends
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                insertOrder(connection, "order-2");
                host.runIn(connection, () -> crm.commerce().recordPurchase(
                        RecordPurchase.of(shop, li.id(), "order-2", Money.of("100.00", "CNY")).inProgramme(ProgrammeId.DEFAULT)));
                connection.rollback();
            }
            long purchases = crm.value().summary(shop, li.id()).orElseThrow().orders();
            long points = crm.loyalty().balance(shop, li.id(), ProgrammeId.DEFAULT).available();
            return new Result(countOrders(dataSource), purchases, points);
        }
    }

    private static void defineProgramme(Crm crm, TenantId shop) {
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "积分",
                CashRate.of(100, Money.of("1.00", "CNY")), RoundingMode.DOWN, ExpiryPolicies.endOfYear(1),
                Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL, RedemptionLimits.NONE, Crm.DEFAULT_ZONE,
                EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
    }

    private static void insertOrder(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO host_orders (order_id) VALUES (?)")) {
            s.setString(1, orderId);
            s.executeUpdate();
        }
    }

    private static long countOrders(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM host_orders")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
