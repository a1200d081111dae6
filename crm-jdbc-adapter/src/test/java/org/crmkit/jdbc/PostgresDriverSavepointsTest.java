package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit of work sends its COMMIT with its last writes on PostgreSQL. The driver's savepoint options
 * ({@code autosave}, which wraps each statement in a savepoint of its own, and {@code
 * cleanupSavepoints}, which releases it after the statement) must not get in the way: earns and
 * redemptions commit, a refused one leaves nothing, and the connection goes back to the pool usable.
 */
class PostgresDriverSavepointsTest {

    private static final Money TEN_YUAN = Money.of("10.00", "CNY");

    @ParameterizedTest
    @ValueSource(strings = {"autosave=always", "autosave=always&cleanupSavepoints=true", "autosave=conservative"})
    void units_commit_with_their_last_writes_whatever_the_drivers_savepoint_options(String options) {
        String url = TestDatabases.freshPostgresUrl();
        try (HikariDataSource pool = TestDatabases.pool(url + (url.contains("?") ? "&" : "?") + options, 4)) {
            // given
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.create(pool)).build();
            LoyaltyService loyalty = crm.loyalty();
            loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
            CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();

            // when
            for (int i = 0; i < 3; i++) {
                loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, ProgrammeId.DEFAULT, "order-" + i, TEN_YUAN));
            }
            loyalty.redeem(new RedeemPoints(tenant, li, ProgrammeId.DEFAULT, "redeem-1", 25, "a cup"));

            // then
            assertThatThrownBy(() -> loyalty.redeem(new RedeemPoints(tenant, li, ProgrammeId.DEFAULT, "redeem-2", 10, "a cup")))
                    .isInstanceOf(InsufficientPointsException.class);
            assertThat(loyalty.balance(tenant, li, ProgrammeId.DEFAULT).available()).isEqualTo(5);
            assertThat(crm.outbox().pending()).as("events of the registration, three earns and a redemption").isEqualTo(5);
        }
    }
}
