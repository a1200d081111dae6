package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The JDBC calls of a card payment on PostgreSQL: the card's lock and the receipt's read go as one
 * round trip, as the points ledger's lock and receipt do, and the card row, entry, payment, receipt
 * and outbox row with the COMMIT as a second. A replay is answered by the first round trip, a key
 * reused for another payment refused by it, and an unknown card refused as one.
 */
class PostgresCardRoundTripsTest {

    @Test
    void a_payment_takes_two_calls_and_its_replay_is_answered_by_the_lock_round_trip() {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            // given: a card paid with before, every statement prepared once
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            StoredValueService cards = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, Dialect.POSTGRESQL)).build().storedValue();
            cards.issue(new IssueCard(tenant, "issue-1", "card-1", null, Money.of("500.00", "CNY"), CardExpiry.never()));
            for (int i = 0; i < 3; i++) {
                cards.pay(new PayWithCard(tenant, "warm-" + i, "card-1", "warm-order-" + i, Money.of("1.00", "CNY")));
            }

            // when
            counting.count();
            CardReceipt paid = cards.pay(new PayWithCard(tenant, "pay-1", "card-1", "order-1", Money.of("20.00", "CNY")));
            int payCalls = counting.calls();
            String paySql = String.valueOf(counting.executedSql());
            counting.count();
            CardReceipt replay = cards.pay(new PayWithCard(tenant, "pay-1", "card-1", "order-1", Money.of("20.00", "CNY")));
            int replayCalls = counting.calls();

            // then: the lock with the receipt, the rows with the COMMIT; the replay: the lock with the receipt, the commit
            assertThat(replay).isEqualTo(paid);
            assertThat(payCalls).as("calls of a payment: %s", paySql).isEqualTo(2);
            assertThat(replayCalls).as("calls of its replay: %s", counting.executedSql()).isEqualTo(2);
            assertThatThrownBy(() -> cards.pay(new PayWithCard(tenant, "pay-1", "card-1", "order-2", Money.of("20.00", "CNY"))))
                    .isInstanceOf(IdempotencyKeyReusedException.class);
            assertThatThrownBy(() -> cards.pay(new PayWithCard(tenant, "pay-2", "no-such-card", "order-3", Money.of("1.00", "CNY"))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(cards.card(tenant, "card-1").orElseThrow().balance()).isEqualTo(Money.of("477.00", "CNY"));
        }
    }
}
