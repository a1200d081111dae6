package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The one exception to PostgreSQL's append-only ledger trigger (V008): an UPDATE that changes only
 * an entry's reason passes, for erasure; one that changes anything else too, or a DELETE, is still
 * refused.
 */
class LedgerReasonErasureTest {

    @Test
    void postgresql_lets_only_the_reason_of_an_entry_change() throws SQLException {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            // given
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.create(pool)).build();
            crm.loyalty().defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
            CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
            crm.loyalty().grant(new GrantPoints(tenant, li, ProgrammeId.DEFAULT, "welcome", 100, "for Li Lei's birthday", null, "agent-7"));

            // when
            int erased = execute(pool, "UPDATE crm_points_entry SET reason = '[erased]' WHERE tenant_id = ?", tenant);
            SQLException alsoPoints = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "UPDATE crm_points_entry SET reason = 'x', points = points + 1 WHERE tenant_id = ?", tenant));
            SQLException actor = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "UPDATE crm_points_entry SET actor = 'someone' WHERE tenant_id = ?", tenant));
            SQLException delete = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "DELETE FROM crm_points_entry WHERE tenant_id = ?", tenant));

            // then
            assertThat(erased).isEqualTo(1);
            assertThat(alsoPoints.getMessage()).contains("append-only", "UPDATE");
            assertThat(actor.getMessage()).contains("append-only", "UPDATE");
            assertThat(delete.getMessage()).contains("append-only", "DELETE");
            assertThat(SchemaScan.rows(pool, "SELECT reason, points, actor FROM crm_points_entry")).containsExactly("[erased]|100|agent-7");
        }
    }

    private static int execute(HikariDataSource pool, String sql, TenantId tenant) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            return s.executeUpdate();
        }
    }
}
