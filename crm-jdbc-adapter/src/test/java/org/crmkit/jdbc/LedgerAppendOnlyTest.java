package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.jdbc.LedgerFaultScenario.Stage;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Invariant 2 at the storage: entries are only ever inserted. */
class LedgerAppendOnlyTest {

    @Test
    void postgresql_refuses_to_update_or_delete_a_ledger_entry() throws SQLException {
        // given
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.create(pool)).build();
            LoyaltyService loyalty = crm.loyalty();
            loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, java.time.Duration.ofMinutes(15)));
            CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
            loyalty.grant(new GrantPoints(tenant, li, ProgrammeId.DEFAULT, "welcome", 100, "welcome", null, "agent-7"));
            List<String> before = LedgerSnapshot.of(pool, tenant);

            // when
            SQLException update = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "UPDATE crm_points_entry SET points = points + 1000 WHERE tenant_id = ?", tenant));
            SQLException delete = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "DELETE FROM crm_points_entry WHERE tenant_id = ?", tenant));

            // then
            assertThat(update.getMessage()).contains("append-only", "UPDATE");
            assertThat(delete.getMessage()).contains("append-only", "DELETE");
            assertThat(LedgerSnapshot.of(pool, tenant)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void the_adapter_never_updates_or_deletes_an_entry_whatever_the_operation(Dialect dialect) {
        // given
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource recording = new LedgerFailingDataSource(pool);
            JdbcStorage storage = JdbcStorage.withoutMigrating(recording, dialect);
            recording.count();

            // when: every operation of the failure-injection scenarios, with their histories
            for (LedgerFaultScenario scenario : LedgerFaultScenario.values()) {
                Stage stage = new Stage(storage, Tenants.fresh());
                scenario.given(stage);
                scenario.when(stage);
                stage.loyalty.settleDue(0, 1);
            }

            // then
            List<String> sql = recording.executedSql().stream().map(s -> s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
            // (on PostgreSQL the inserts travel inside one WITH statement per operation)
            assertThat(sql).anyMatch(s -> s.contains("insert into crm_points_entry"));
            assertThat(sql).noneMatch(s -> s.matches(".*(update|delete from|merge into) crm_points_entry\\b.*"));
        }
    }

    private static void execute(HikariDataSource pool, String sql, TenantId tenant) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            s.executeUpdate();
        }
    }
}
