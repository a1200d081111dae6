package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.TierChange;
import org.junit.jupiter.api.Test;

/** Tier changes are counted as moves in the shop's month, up or down the demo's ladder. */
class MonthlyTallyTest {

    private static final TenantId SHOP = TenantId.of("tally");
    private static final CustomerId CUSTOMER = CustomerId.of("c-1");

    @Test
    void joining_is_not_a_move_and_moves_count_in_the_shops_month() {
        // given: joined, then up two tiers at 01:00 on 1 February in Shanghai (still 31 January in UTC), then down one on 2 March
        MonthlyTally tally = new MonthlyTally();
        // when
        tally.add(change(1, null, "registered", "2025-01-05T02:00:00Z"));
        tally.add(change(2, "registered", "silver", "2025-01-31T17:00:00Z"));
        tally.add(change(3, "silver", "bronze", "2025-03-02T02:00:00Z"));
        // then
        assertThat(tally.moves()).containsExactly(
                java.util.Map.entry(YearMonth.of(2025, 2), new DemoReport.TierMoves(1, 0)),
                java.util.Map.entry(YearMonth.of(2025, 3), new DemoReport.TierMoves(0, 1)));
    }

    private static TierChange change(long sequence, String from, String to, String at) {
        return new TierChange(SHOP, CUSTOMER, ProgrammeId.DEFAULT, sequence, from, to, ChangeReason.THRESHOLD_CROSSED, 0, Instant.parse(at),
                null);
    }
}
