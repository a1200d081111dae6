package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariant 5 for cards: reading a balance sends the same statements and reads the same rows for a
 * card with ten entries as for one with two thousand, because the balance is the card's row.
 */
class CardBalanceReadCostTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_balance_read_costs_the_same_for_ten_entries_as_for_two_thousand(Dialect dialect) {
        // given
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            StoredValueService cards = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, dialect)).build().storedValue();
            TenantId tenant = Tenants.fresh();
            cards.issue(new IssueCard(tenant, "issue-short", "SHORT", null, Money.of("100.00", "CNY"), CardExpiry.never()));
            cards.issue(new IssueCard(tenant, "issue-long", "LONG", null, Money.of("100000.00", "CNY"), CardExpiry.never()));
            for (int i = 0; i < 9; i++) {
                cards.pay(new PayWithCard(tenant, "short-" + i, "SHORT", "o-" + i, Money.of("1.00", "CNY")));
            }
            for (int i = 0; i < 1_999; i++) {
                cards.pay(new PayWithCard(tenant, "long-" + i, "LONG", "o-" + i, Money.of("1.00", "CNY")));
            }

            // when
            List<Integer> shortCost = cost(counting, () -> cards.balance(tenant, "SHORT"));
            List<Integer> longCost = cost(counting, () -> cards.balance(tenant, "LONG"));

            // then
            assertThat(cards.balance(tenant, "LONG")).isEqualTo(Money.of("98001.00", "CNY"));
            assertThat(longCost).as("statements and rows read for 2,000 entries").isEqualTo(shortCost);
            assertThat(shortCost.get(1)).as("rows read").isEqualTo(1);
        }
    }

    private static List<Integer> cost(LedgerFailingDataSource counting, Runnable read) {
        counting.count();
        read.run();
        return List.of(counting.statements(), counting.rowsRead());
    }
}
