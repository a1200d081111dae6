package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keyset pages that batch jobs and reports walk a tenant with are read in index order on H2.
 * H2 does not see that {@code ORDER BY customer_id} under {@code tenant_id = ?} is the primary key's
 * order; it then reads and sorts every later row for each page, so walking N rows cost N²/page.
 */
class H2KeysetPagesTest {

    private static DataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = TestDatabases.unpooled(TestDatabases.freshH2Url());
        JdbcStorage.create(dataSource);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("memberships", JdbcMemberships.PAGE, new Object[] {"t", "p", "c", 500}),
                Arguments.of("customers", JdbcCustomerRepository.PAGE, new Object[] {"t", "c", 500}),
                Arguments.of("customer values", JdbcCustomerValues.PAGE, new Object[] {"t", "c", 500}),
                Arguments.of("purchase summaries", JdbcPurchases.SUMMARY_PAGE, new Object[] {"t", "c", 500}),
                Arguments.of("purchases", "SELECT order_id FROM crm_purchase WHERE tenant_id = ? AND (customer_id > ? OR"
                        + " (customer_id = ? AND order_id > ?))" + JdbcPurchases.PURCHASE_PAGE_ORDER, new Object[] {"t", "c", "c", "o", 500}),
                Arguments.of("a campaign's audience", campaignMembers(JdbcCampaigns.MEMBERS), new Object[] {"t", "k", 500}),
                Arguments.of("a campaign's audience, a later page", campaignMembers(JdbcCampaigns.MEMBERS + JdbcCampaigns.AFTER),
                        new Object[] {"t", "k", "c", 500}),
                Arguments.of("a campaign's pending members", campaignMembers(JdbcCampaigns.PENDING), new Object[] {"t", "k", 1, 0, 500}),
                Arguments.of("a campaign's pending members, a later page", campaignMembers(JdbcCampaigns.PENDING + JdbcCampaigns.AFTER),
                        new Object[] {"t", "k", 1, 0, "c", 500}));
    }

    private static String campaignMembers(String where) {
        return "SELECT customer_id, status FROM crm_campaign_member " + where + JdbcCampaigns.KEY_ORDER;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageIsReadInIndexOrderNotSorted(String what, String sql, Object[] params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).as(what).contains("/* index sorted */");
            }
        }
    }
}
