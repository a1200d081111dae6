package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.jdbc.CardFaultScenario.Stage;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The card ledger's append-only invariant at the storage: entries are only ever inserted. */
class CardLedgerAppendOnlyTest {

    @Test
    void postgresql_refuses_to_update_or_delete_a_card_entry() throws SQLException {
        // given
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            TenantId tenant = Tenants.fresh();
            StoredValueService cards = Crm.builder().storage(JdbcStorage.create(pool)).build().storedValue();
            cards.issue(new IssueCard(tenant, "issue", "GIFT-1", null, Money.of("100.00", "CNY"), CardExpiry.never()));
            cards.pay(new PayWithCard(tenant, "pay", "GIFT-1", "order-1", Money.of("30.00", "CNY")));
            List<String> before = LedgerSnapshot.of(pool, tenant, CardFaultScenario.TABLES);

            // when
            SQLException update = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "UPDATE crm_card_entry SET amount = 0 WHERE tenant_id = ?", tenant));
            SQLException delete = catchThrowableOfType(SQLException.class,
                    () -> execute(pool, "DELETE FROM crm_card_entry WHERE tenant_id = ?", tenant));

            // then
            assertThat(update.getMessage()).contains("append-only", "UPDATE");
            assertThat(delete.getMessage()).contains("append-only", "DELETE");
            assertThat(LedgerSnapshot.of(pool, tenant, CardFaultScenario.TABLES)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void the_adapter_never_updates_or_deletes_an_entry_whatever_the_operation(Dialect dialect) {
        // given
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource recording = new LedgerFailingDataSource(pool);
            JdbcStorage storage = JdbcStorage.withoutMigrating(recording, dialect);
            recording.count();

            // when: every operation of the failure-injection scenarios, with their histories, then an expiry run a year later
            MutableClock clock = MutableClock.atSomeMoment();
            for (CardFaultScenario scenario : CardFaultScenario.values()) {
                Stage stage = new Stage(storage, Tenants.fresh());
                scenario.given(stage);
                scenario.when(stage);
            }
            clock.advance(Duration.ofDays(400));
            int expired = Crm.builder().storage(storage).clock(clock).build().storedValue().expireDue(0, 1);

            // then
            List<String> sql = recording.executedSql().stream().map(s -> s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
            assertThat(expired).isEqualTo(CardFaultScenario.values().length);
            assertThat(sql).anyMatch(s -> s.contains("insert into crm_card_entry"));
            assertThat(sql).noneMatch(s -> s.matches(".*(update|delete from|merge into) crm_card_entry\\b.*"));
        }
    }

    private static void execute(HikariDataSource pool, String sql, TenantId tenant) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            s.executeUpdate();
        }
    }
}
