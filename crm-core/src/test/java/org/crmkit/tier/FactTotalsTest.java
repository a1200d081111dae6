package org.crmkit.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.junit.jupiter.api.Test;

/** What a store may hand back as a member's summed facts, and what a locked membership refuses to hold with them. */
class FactTotalsTest {

    private static final Instant UNTIL = Instant.parse("2026-01-01T00:00:00Z");
    private static final TenantId TENANT = TenantId.of("t");
    private static final CustomerId CUSTOMER = CustomerId.of("c");
    private static final Membership MEMBERSHIP = new Membership(TENANT, CUSTOMER, ProgrammeId.DEFAULT, "registered", UNTIL, UNTIL,
            LocalDate.of(2025, 1, 1), null, null, 0);

    @Test
    void totals_need_an_instant_and_a_count_of_facts_not_below_zero() {
        assertThatThrownBy(() -> new FactTotals(null, 0, 0, 0, 0, false)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("until");
        assertThatThrownBy(() -> new FactTotals(UNTIL, -1, 0, 0, 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facts must be >= 0");
        // sums may be negative: refunds take spend, orders and growth back
        assertThat(new FactTotals(UNTIL, 2, -5, -1, -5, false).spendUnits()).isEqualTo(-5);
    }

    @Test
    void a_locked_membership_refuses_a_fact_both_summed_and_given_one_by_one() {
        FactTotals earlier = new FactTotals(UNTIL, 1, 10, 1, 10, false);
        MetricFact atTheInstant = fact("summed", UNTIL);
        assertThatThrownBy(() -> new LockedMembership(MEMBERSHIP, List.of(atTheInstant), 0, Map.of(), false, earlier))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("also given one by one");

        MetricFact after = fact("recent", UNTIL.plusNanos(1));
        LockedMembership locked = new LockedMembership(MEMBERSHIP, List.of(after), 0, Map.of(), false, earlier);
        assertThat(locked.earlier()).isEqualTo(earlier);
        assertThat(locked.facts()).containsExactly(after);
    }

    @Test
    void the_shorter_constructors_give_every_fact_one_by_one() {
        MetricFact old = fact("old", UNTIL.minusSeconds(86_400L * 365 * 3));
        assertThat(new LockedMembership(MEMBERSHIP, List.of(old), 0).earlier()).isNull();
        assertThat(new LockedMembership(MEMBERSHIP, List.of(old), 0, Map.of(), true).earlier()).isNull();
    }

    private static MetricFact fact(String key, Instant at) {
        return new MetricFact(TENANT, CUSTOMER, ProgrammeId.DEFAULT, key, "o-" + key, 10, 1, 10, at);
    }
}
