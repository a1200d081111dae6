package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkit.customer.Timeline;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Timeline}: entries read back field for field, newest first with ties by
 * entry id descending across pages, per customer and tenant, and only when the unit of work that
 * appended them commits.
 */
public abstract class TimelinePortContract extends PortContract {

    private static final Instant T0 = Instant.parse("2025-01-28T16:00:00.000001Z");
    private static final CustomerId LI = CustomerId.of("li");

    @Test
    void every_field_survives_the_round_trip_at_its_widest() {
        // given
        TimelineEntry wide = new TimelineEntry(tenant, LI, UUID.randomUUID().toString(), UUID.randomUUID().toString(), T0,
                "c".repeat(16), "k".repeat(64), "订单 ".repeat(66) + "#1", "李雷 bought 🍎 ".repeat(38) + "......");
        TimelineEntry bare = new TimelineEntry(tenant, LI, "e-bare", "ev-bare", Instant.parse("1900-01-01T00:00:00Z"), "loyalty",
                "PointsEarned", null, "");

        // when
        run(() -> {
            timeline().append(wide);
            timeline().append(bare);
        });

        // then
        assertThat(all(r -> timeline().page(tenant, LI, r), 10)).containsExactly(wide, bare);
    }

    @Test
    void entries_come_newest_first_ties_by_entry_id_descending_across_pages() {
        // given
        run(() -> {
            timeline().append(entry(tenant, LI, "e1", T0));
            timeline().append(entry(tenant, LI, "e5", T0.plusSeconds(60)));
            timeline().append(entry(tenant, LI, "e3", T0));
            timeline().append(entry(tenant, LI, "e4", T0.plusNanos(1_000)));
            timeline().append(entry(tenant, LI, "e2", T0));
        });

        // when
        List<List<TimelineEntry>> pages = pages(r -> timeline().page(tenant, LI, r), 2);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(TimelineEntry::entryId)).containsExactly("e5", "e4", "e3", "e2", "e1");
        assertThat(pages.get(0)).hasSize(2);
    }

    @Test
    void a_customers_timeline_holds_only_that_customers_entries_of_that_tenant() {
        // given
        TenantId neighbour = Tenants.fresh();
        TimelineEntry mine = entry(tenant, LI, "e1", T0);
        run(() -> {
            timeline().append(mine);
            timeline().append(entry(tenant, CustomerId.of("han"), "e2", T0));
            timeline().append(entry(neighbour, LI, "e3", T0));
        });

        // when / then
        assertThat(all(r -> timeline().page(tenant, LI, r), 10)).containsExactly(mine);
        assertThat(pages(r -> timeline().page(tenant, CustomerId.of("nobody"), r), 10)).containsExactly(List.of());
    }

    @Test
    void an_entry_is_read_back_in_the_unit_of_work_that_appended_it() {
        // given
        TimelineEntry entry = entry(tenant, LI, "e1", T0);

        // when
        List<TimelineEntry> seen = tx(() -> {
            timeline().append(entry);
            return timeline().page(tenant, LI, PageRequest.first(10)).items();
        });

        // then
        assertThat(seen).containsExactly(entry);
    }

    @Test
    void an_entry_appended_in_a_unit_of_work_that_fails_is_undone() {
        // given
        TimelineEntry kept = entry(tenant, LI, "e1", T0);
        run(() -> timeline().append(kept));

        // when
        runAndRollBack(() -> timeline().append(entry(tenant, LI, "e2", T0.plusSeconds(1))));

        // then
        assertThat(all(r -> timeline().page(tenant, LI, r), 10)).containsExactly(kept);
    }

    @Test
    void entries_appended_between_and_before_others_in_a_unit_of_work_that_fails_are_undone() {
        // given
        TimelineEntry older = entry(tenant, LI, "e1", T0);
        TimelineEntry newer = entry(tenant, LI, "e3", T0.plusSeconds(2));
        run(() -> {
            timeline().append(older);
            timeline().append(newer);
        });

        // when lines land between the two and before both, then the unit fails
        runAndRollBack(() -> {
            timeline().append(entry(tenant, LI, "e2", T0.plusSeconds(1)));
            timeline().append(entry(tenant, LI, "e0", T0.minusSeconds(1)));
            timeline().append(entry(tenant, LI, "e4", T0.plusSeconds(3)));
        });

        // then
        assertThat(all(r -> timeline().page(tenant, LI, r), 10)).containsExactly(newer, older);
    }

    private static TimelineEntry entry(TenantId tenantId, CustomerId customerId, String entryId, Instant at) {
        return new TimelineEntry(tenantId, customerId, entryId, "event-" + entryId, at, "value", "PurchaseRecorded", "order-" + entryId,
                "Paid CNY 10.00");
    }

    private Timeline timeline() {
        return storage().timeline();
    }
}
