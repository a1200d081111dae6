package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An earn and a redeem cost the same with 10 open lots as with 100,000: the same statements, and
 * the same rows read back. Spending reads the soonest-expiring lots until the amount is covered,
 * and an earn reads no lot at all.
 */
class LedgerSpendingCostTest {

    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    private static final int OPEN_LOTS = 100_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void an_earn_and_a_redeem_cost_the_same_with_ten_open_lots_as_with_a_hundred_thousand(Dialect dialect) throws SQLException {
        // given: two accounts with ten lots of 100 points each; one also holds 100,000 one-point lots that expire later
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            MutableClock clock = MutableClock.atSomeMoment();
            Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, dialect)).clock(clock).build();
            LoyaltyService loyalty = crm.loyalty();
            loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
            CustomerId few = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Few").build()).id();
            CustomerId many = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Many").build()).id();
            for (CustomerId member : List.of(few, many)) {
                for (int i = 0; i < 10; i++) {
                    clock.advance(Duration.ofSeconds(1)); // lots earned one after another are spent in that order
                    loyalty.grant(new GrantPoints(tenant, member, PROGRAMME, "g-" + member.value() + "-" + i, 100, "welcome", null, "agent-7"));
                }
            }
            addOpenLots(pool, dialect, AccountRef.of(tenant, many, PROGRAMME));

            // when: a warm-up of each, then the measured earn and redeem of each account
            clock.advance(Duration.ofSeconds(1));
            List<Object> fewCost = earnAndRedeem(loyalty, counting, tenant, few);
            List<Object> manyCost = earnAndRedeem(loyalty, counting, tenant, many);

            // then
            assertThat(manyCost).as("statements and rows of an earn and a redeem").isEqualTo(fewCost);
            assertThat(loyalty.balance(tenant, many, PROGRAMME).available()).isEqualTo(1000 + OPEN_LOTS + 2 - 2 * 150);
            System.out.println("earn and redeem on " + dialect + ": " + ((List<?>) fewCost.get(0)).size() + " statements and " + fewCost.get(1)
                    + " rows, then " + ((List<?>) fewCost.get(2)).size() + " statements and " + fewCost.get(3) + " rows, for 10 and "
                    + (OPEN_LOTS + 10) + " open lots alike");
        }
    }

    /** Earns and redeems twice, measuring the second round: its statements and rows, for the earn and the redeem. */
    private static List<Object> earnAndRedeem(LoyaltyService loyalty, LedgerFailingDataSource counting, TenantId tenant, CustomerId who) {
        List<Object> cost = null;
        for (int round = 0; round < 2; round++) {
            // a read just before each measured operation finds the programme in its cache (it lives 1 s;
            // on a loaded machine it could otherwise expire between the two accounts' runs and add a statement)
            loyalty.balance(tenant, who, PROGRAMME);
            counting.count();
            loyalty.grant(new GrantPoints(tenant, who, PROGRAMME, "earn-" + who.value() + "-" + round, 1, "goodwill", null, "agent-7"));
            List<String> earnSql = counting.executedSql();
            int earnRows = counting.rowsRead();
            loyalty.balance(tenant, who, PROGRAMME);
            counting.count();
            loyalty.redeem(new RedeemPoints(tenant, who, PROGRAMME, "spend-" + who.value() + "-" + round, 150, "mug"));
            cost = List.of(earnSql, earnRows, counting.executedSql(), counting.rowsRead());
        }
        return cost;
    }

    /** Inserts OPEN_LOTS available one-point lots that never expire, earned after the account's own (so spent after them). */
    private static void addOpenLots(HikariDataSource pool, Dialect dialect, AccountRef ref) throws SQLException {
        String numbers = AccountRows.numbers(dialect, OPEN_LOTS);
        String at = "TIMESTAMP WITH TIME ZONE '2099-01-01 00:00:00+00'";
        try (Connection c = pool.getConnection()) {
            AccountRows.update(c, ref, "INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference,"
                    + " original, remaining, earned_at, available_at, expires_at, status)"
                    + " SELECT ?, ?, ?, CONCAT('bulk-', x), NULL, 1, 1, " + at + ", " + at + ", NULL, 'AVAILABLE' FROM " + numbers);
            AccountRows.update(c, ref, "UPDATE crm_points_account SET available = available + " + OPEN_LOTS + ", earned = earned + "
                    + OPEN_LOTS + " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?");
        }
    }
}
