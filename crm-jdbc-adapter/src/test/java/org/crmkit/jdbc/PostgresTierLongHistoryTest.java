package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.contract.TierLongHistoryContract;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.FactTotals;
import org.crmkit.tier.LockedMembership;
import org.crmkit.tier.MetricFact;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TierLongHistoryContract} on PostgreSQL, where a purchase's lock sums the member's
 * older facts, and shows that it does: the lock's read gives the facts after the instant one by one
 * and the others as one row that adds up to them.
 */
class PostgresTierLongHistoryTest extends TierLongHistoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }

    @Test
    void the_lock_gives_the_facts_after_the_instant_one_by_one_and_the_others_summed_with_whether_an_order_counts() {
        for (int i = 0; i < 6; i++) {
            at("2024-0" + (i + 1) + "-10T10:00");
            buy(li, "o-" + i, String.valueOf(100 + i));
        }
        grow(li, 50);
        Instant until = shanghai("2024-03-31T00:00");
        JdbcStorage storage = TestDatabases.postgres();
        List<MetricFact> all = storage.memberships().facts(tenant, li, PROGRAMME);
        List<MetricFact> older = all.stream().filter(f -> !f.at().isAfter(until)).toList();
        List<MetricFact> recent = all.stream().filter(f -> f.at().isAfter(until)).toList();
        for (String order : List.of("o-1", "o-4", "unknown")) {
            Optional<LockedMembership> locked = storage.transactions().inTransaction(() -> storage.memberships().lockWithFacts(tenant, li,
                    PROGRAMME, null, List.of(), until, order));
            assertThat(locked).isPresent();
            assertThat(locked.get().facts()).containsExactlyElementsOf(recent);
            assertThat(locked.get().earlier()).isEqualTo(new FactTotals(until, older.size(), older.stream().mapToLong(MetricFact::spendUnits).sum(),
                    older.stream().mapToLong(MetricFact::orders).sum(), older.stream().mapToLong(MetricFact::growth).sum(),
                    order.equals("o-1")));
        }
        Optional<LockedMembership> whole = storage.transactions().inTransaction(() -> storage.memberships().lockWithFacts(tenant, li,
                PROGRAMME, null, List.of(), null, null));
        assertThat(whole.orElseThrow().facts()).containsExactlyElementsOf(all);
        assertThat(whole.orElseThrow().earlier()).isNull();
    }
}
