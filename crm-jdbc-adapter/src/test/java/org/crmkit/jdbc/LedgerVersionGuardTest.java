package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LedgerWrite;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A ledger write names the version it read of each account. On PostgreSQL the write goes as one
 * statement, sent with the unit of work's COMMIT where it can, so the database checks the version
 * itself ({@code crm_expect_rows}, V024): a moved version fails the statement before the COMMIT
 * runs, and the whole unit is rolled back, as on H2, where the client checks the count.
 */
class LedgerVersionGuardTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_write_of_an_account_whose_version_moved_is_refused_as_stale_and_nothing_of_its_unit_is_kept(Dialect dialect) {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            JdbcStorage storage = JdbcStorage.builder(pool).schema("shop").tablePrefix("crmkit_").build();
            refusedAsStaleAndRolledBack(storage);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_same_with_crmkits_default_names(Dialect dialect) {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            refusedAsStaleAndRolledBack(JdbcStorage.create(pool));
        }
    }

    private static void refusedAsStaleAndRolledBack(JdbcStorage storage) {
        // given: an account at version 1, after a grant of 100 points
        TenantId tenant = Tenants.fresh();
        Crm crm = Crm.builder().storage(storage).build();
        crm.loyalty().defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
        CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
        crm.loyalty().grant(new GrantPoints(tenant, li, ProgrammeId.DEFAULT, "welcome", 100, "welcome", null, "agent-7"));
        AccountRef ref = new AccountRef(tenant, li, ProgrammeId.DEFAULT);
        PointsAccount read = storage.pointsLedger().find(ref).orElseThrow();
        // the account as a unit that read version 0 would write it: one version up from what it read
        PointsAccount fromAStaleRead = withAvailable(read, read.available() + 5);

        // when: the unit also registers a customer, then writes the stale account
        Throwable refused = catchThrowable(() -> storage.transactions().inTransaction(() -> {
            crm.customers().register(RegistrationBuilder.aRegistration(tenant).id("han-meimei").displayName("Han Meimei").build());
            storage.pointsLedger().write(new LedgerWrite(tenant, List.of(fromAStaleRead), List.of(), List.of(), List.of(), null));
            return null;
        }));

        // then
        assertThat(refused).isInstanceOf(StaleVersionException.class).hasMessageStartingWith("points account");
        assertThat(storage.pointsLedger().find(ref).orElseThrow()).isEqualTo(read);
        assertThat(crm.customers().find(tenant, CustomerId.of("han-meimei"))).as("the customer registered in the refused unit").isEmpty();
    }

    private static PointsAccount withAvailable(PointsAccount a, long available) {
        return new PointsAccount(a.ref(), available, a.pending(), a.held(), a.debt(), a.earned() + available - a.available(),
                a.adjustedIn(), a.transferredIn(), a.redeemed(), a.expired(), a.reversed(), a.adjustedOut(), a.transferredOut(),
                a.nextDueAt(), a.version());
    }
}
