package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmkit.loyalty.LotStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On H2 every read of an account's lots by status goes through {@code crm_points_lot_spend} and
 * steps over none of the account's closed lots: the reads that took {@code crm_points_lot_by_status}
 * before V026 dropped it (its columns are the first four of {@code crm_points_lot_spend}). An
 * account that has earned for years has thousands of closed lots and a handful of open ones, so a
 * plan that walked the account's lots would cost a spend thousands of rows.
 */
class H2LotReadsPlanTest {

    private static final int CLOSED = 2_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private static DataSource dataSource;

    @BeforeAll
    static void anAccountWithThousandsOfClosedLots() throws SQLException {
        dataSource = TestDatabases.unpooled(TestDatabases.freshH2Url());
        JdbcStorage.create(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the account c-1 (closed lots, then five open ones) beside 200 other accounts with lots of every status
            s.execute("INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference, original, remaining,"
                    + " earned_at, available_at, expires_at, status) SELECT 't',"
                    + " CASE WHEN x <= " + CLOSED + " THEN 'c-1' ELSE 'c-' || (x % 200 + 2) END, 'default', 'lot-' || x, 'o-' || x, 100,"
                    + " CASE WHEN x <= " + CLOSED + " OR MOD(x, 3) = 0 THEN 0 ELSE 100 END,"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' + x * INTERVAL '1' MINUTE,"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' + x * INTERVAL '1' MINUTE,"
                    + " CASE WHEN MOD(x, 2) = 0 THEN TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00' END,"
                    + " CASE WHEN x <= " + CLOSED + " OR MOD(x, 3) = 0 THEN 'CLOSED' WHEN MOD(x, 3) = 1 THEN 'AVAILABLE' ELSE 'PENDING' END"
                    + " FROM SYSTEM_RANGE(1, " + (CLOSED + 2_000) + ")");
            s.execute("INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference, original, remaining,"
                    + " earned_at, available_at, expires_at, status) VALUES"
                    + " ('t', 'c-1', 'default', 'open-1', 'o-a', 100, 100, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00', 'AVAILABLE'),"
                    + " ('t', 'c-1', 'default', 'open-2', 'o-b', 100, 40, TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+00', NULL, 'AVAILABLE'),"
                    + " ('t', 'c-1', 'default', 'open-3', 'o-c', 100, 100, TIMESTAMP WITH TIME ZONE '2026-01-03 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-03 00:00:00+00', NULL, 'AVAILABLE'),"
                    + " ('t', 'c-1', 'default', 'open-4', 'o-d', 100, 100, TIMESTAMP WITH TIME ZONE '2026-01-04 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-02-04 00:00:00+00', NULL, 'PENDING'),"
                    + " ('t', 'c-1', 'default', 'open-5', 'o-e', 100, 100, TIMESTAMP WITH TIME ZONE '2026-01-05 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-02-05 00:00:00+00', TIMESTAMP WITH TIME ZONE '2027-02-05 00:00:00+00', 'PENDING')");
            s.execute("ANALYZE");
        }
    }

    static Stream<Arguments> reads() {
        Object[] account = {"t", "c-1", "default"};
        Object[] twice = {"t", "c-1", "default", "t", "c-1", "default"};
        Object[] thrice = {"t", "c-1", "default", "t", "c-1", "default", "t", "c-1", "default"};
        Object[] page = {"c-1", "t", "default"};
        List<Arguments> reads = new ArrayList<>();
        LedgerLots lots = new LedgerLots(null, Dialect.H2);
        reads.add(Arguments.of("spendable lots (LedgerLots.spendable)", lots.spendableUnion(8), twice));
        String nextDue = LedgerLots.nextDueSql(LedgerLots.byStatus(Dialect.H2, ""), LedgerSql.WHERE_ACCOUNT);
        reads.add(Arguments.of("next due (LedgerLots.nextDue)", nextDue, thrice));
        for (String open : lots.openReads()) {
            reads.add(Arguments.of("open lots (LedgerLots.open): " + open, open, account));
        }
        for (String status : Dialect.H2.oneOf("l.status", LotStatus.AVAILABLE, LotStatus.PENDING)) {
            reads.add(Arguments.of("a page's open lots (LedgerSettlements.openLots)" + status, LedgerSettlements.pageSql(false,
                    LedgerLots.byStatus(Dialect.H2, "l"), LedgerSettlements.OF_ACCOUNT + status, 1), page));
        }
        return reads.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void readsTheOpenLotsThroughTheSpendIndexWithoutWalkingTheClosedOnes(String what, String sql, Object[] params) throws SQLException {
        // when the read is explained as it runs on the account with 2,000 closed lots and 5 open ones
        String plan;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                plan = rs.getString(1);
            }
        }

        // then it reads through crm_points_lot_spend, and no index range it scans holds more than the open lots
        assertThat(plan).as(what).contains("PUBLIC.CRM_POINTS_LOT_SPEND").doesNotContain("CRM_POINTS_LOT_BY_STATUS");
        Matcher counts = SCAN_COUNT.matcher(plan);
        List<Integer> scanned = new ArrayList<>();
        while (counts.find()) {
            scanned.add(Integer.parseInt(counts.group(1)));
        }
        assertThat(scanned).as(what + "\n" + plan).isNotEmpty().allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(10));
    }
}
