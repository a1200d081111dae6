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
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariant 5 without a stopwatch: reading the balance of an account with 10 entries and of one
 * with about 20,000 entries (and 10,000 spent lots) sends the database the same statements and
 * reads back the same number of rows.
 */
class LedgerBalanceReadCostTest {

    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    private static final int HISTORY = 20_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_balance_read_costs_the_same_statements_after_ten_entries_as_after_twenty_thousand(Dialect dialect) throws SQLException {
        // given
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, dialect)).clock(MutableClock.atSomeMoment()).build();
            LoyaltyService loyalty = crm.loyalty();
            loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
            CustomerId young = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Young").build()).id();
            CustomerId old = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Old").build()).id();
            for (CustomerId member : List.of(young, old)) {
                for (int i = 0; i < 5; i++) {
                    loyalty.grant(new GrantPoints(tenant, member, PROGRAMME, "g-" + member.value() + "-" + i, 100, "welcome", null, "agent-7"));
                    loyalty.redeem(new RedeemPoints(tenant, member, PROGRAMME, "r-" + member.value() + "-" + i, 30, "mug"));
                }
            }
            addHistory(pool, dialect, AccountRef.of(tenant, old, PROGRAMME));
            assertThat(loyalty.statement(tenant, young, PROGRAMME, PageRequest.first(1000)).items()).hasSize(10);
            assertThat(loyalty.statement(tenant, old, PROGRAMME, PageRequest.first(1000)).nextCursor()).isPresent();

            // when each read follows a warm-up read, so both find the programme in the cache (it lives 1 s; a loaded machine
            // could otherwise let it expire between the two measured reads and count one more statement for one of them)
            loyalty.balance(tenant, young, PROGRAMME);
            counting.count();
            BalanceView youngBalance = loyalty.balance(tenant, young, PROGRAMME);
            List<String> youngStatements = counting.executedSql();
            int youngRows = counting.rowsRead();
            loyalty.balance(tenant, old, PROGRAMME);
            counting.count();
            BalanceView oldBalance = loyalty.balance(tenant, old, PROGRAMME);
            List<String> oldStatements = counting.executedSql();
            int oldRows = counting.rowsRead();

            // then
            assertThat(oldBalance.available()).isEqualTo(youngBalance.available()).isEqualTo(350);
            assertThat(oldBalance.lifetimeEarned()).isEqualTo(500 + HISTORY / 2 * 10);
            assertThat(oldStatements).as("statements of a balance read").isEqualTo(youngStatements);
            assertThat(oldRows).as("rows a balance read fetches").isEqualTo(youngRows);
            System.out.println("balance read on " + dialect + ": " + oldStatements.size() + " statements, " + oldRows + " rows, for 10 and "
                    + (HISTORY + 10) + " entries alike");
        }
    }

    /** Inserts HISTORY/2 earned-and-spent lots with an EARN and a REDEEM entry each, before the account's real entries. */
    private static void addHistory(HikariDataSource pool, Dialect dialect, AccountRef ref) throws SQLException {
        String numbers = AccountRows.numbers(dialect, HISTORY);
        String at = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'";
        try (Connection c = pool.getConnection()) {
            AccountRows.update(c, ref, "INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, lot_id, order_reference,"
                    + " original, remaining, earned_at, available_at, expires_at, status)"
                    + " SELECT ?, ?, ?, CONCAT('history-', x), NULL, 10, 0, " + at + ", " + at + ", NULL, 'CLOSED'"
                    + " FROM " + numbers + " WHERE MOD(x, 2) = 0");
            AccountRows.update(c, ref, "INSERT INTO crm_points_entry (tenant_id, customer_id, programme_id, sequence, entry_id,"
                    + " entry_type, points, direction, at, operation_key, reason, reference, actor, lots, available_after)"
                    + " SELECT ?, ?, ?, x - " + (HISTORY + 1)
                    + ", CONCAT('history-', x), CASE WHEN MOD(x, 2) = 1 THEN 'EARN' ELSE 'REDEEM' END, 10,"
                    + " CASE WHEN MOD(x, 2) = 1 THEN 1 ELSE -1 END, " + at + ", CONCAT('history-', x), 'history', NULL, 'system',"
                    + " CONCAT('history-', x + MOD(x, 2), ':10'), 0 FROM " + numbers);
            AccountRows.update(c, ref, "UPDATE crm_points_account SET earned = earned + " + HISTORY / 2 * 10
                    + ", redeemed = redeemed + " + HISTORY / 2 * 10 + " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?");
        }
    }
}
