package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.InteractionType;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.CustomerBuilder;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InteractionLog}. Subclass it for a storage; the storage may be shared by
 * every test, so each test works in a fresh tenant.
 */
public abstract class InteractionLogContract {

    private static final Instant T0 = MutableClock.SOME_MOMENT;

    private final TenantId tenant = Tenants.fresh();
    private final CustomerId customer = CustomerId.of("c-1");
    /**
     * Interaction ids are UUIDs sharing this test's random prefix and ending in a sequence number,
     * so their order is known, and a storage keeping ids in a UUID column or keying them by id
     * alone passes as well.
     */
    private final String run = UUID.randomUUID().toString().substring(0, 24);

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @Test
    void a_timeline_is_listed_newest_first_with_ties_broken_by_id_descending() {
        // given
        Interaction oldest = interaction(tenant, customer, id(5), T0, "asked about delivery");
        Interaction tieLow = interaction(tenant, customer, id(1), T0.plusSeconds(60), "called back");
        Interaction tieHigh = interaction(tenant, customer, id(2), T0.plusSeconds(60), "sent a coupon");
        Interaction newest = interaction(tenant, customer, id(0), T0.plusSeconds(120), "complained");

        // when
        append(tieLow, oldest, newest, tieHigh);

        // then
        assertThat(page(tenant, customer, PageRequest.first(10)).items()).containsExactly(newest, tieHigh, tieLow, oldest);
    }

    @Test
    void a_long_timeline_is_paged_with_cursors_without_gaps_or_repeats() {
        // given
        List<Interaction> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = T0.plusSeconds(i / 2 * 10L); // pairs of ties, one across a page boundary
            newestFirst.add(0, interaction(tenant, customer, id(i), at, "note " + i));
        }
        append(newestFirst.toArray(Interaction[]::new));

        // when
        List<Interaction> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Page<Interaction> page = page(tenant, customer, PageRequest.first(3));
        while (true) {
            seen.addAll(page.items());
            sizes.add(page.items().size());
            if (!page.hasNext()) {
                break;
            }
            page = page(tenant, customer, PageRequest.after(page.nextCursor().orElseThrow(), 3));
        }

        // then
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void a_page_of_exactly_the_remaining_items_has_no_next_cursor() {
        // given
        append(interaction(tenant, customer, id(1), T0, "a"), interaction(tenant, customer, id(2), T0.plusSeconds(1), "b"));

        // when
        Page<Interaction> page = page(tenant, customer, PageRequest.first(2));

        // then
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void timelines_are_kept_apart_per_tenant_and_per_customer() {
        // given
        TenantId otherTenant = Tenants.fresh();
        CustomerId otherCustomer = CustomerId.of("c-2");
        Interaction mine = interaction(tenant, customer, id(1), T0, "mine");
        append(mine,
                interaction(otherTenant, customer, id(2), T0, "same customer id, other tenant"),
                interaction(tenant, otherCustomer, id(3), T0, "other customer, same tenant"));

        // when
        Page<Interaction> page = page(tenant, customer, PageRequest.first(10));

        // then
        assertThat(page.items()).containsExactly(mine);
        assertThat(page(Tenants.fresh(), customer, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anonymising_replaces_every_summary_of_the_customer_and_nothing_else() {
        // given
        TenantId otherTenant = Tenants.fresh();
        append(interaction(tenant, customer, id(1), T0, "phone 13800138000 mentioned"),
                interaction(tenant, customer, id(2), T0.plusSeconds(1), "address given"));
        Interaction sameIdOtherTenant = interaction(otherTenant, customer, id(3), T0, "keep me");
        Interaction otherCustomer = interaction(tenant, CustomerId.of("c-2"), id(4), T0, "keep me too");
        append(sameIdOtherTenant, otherCustomer);

        // when
        storage().transactions().run(() -> storage().interactions().anonymise(tenant, customer));

        // then
        List<Interaction> erased = page(tenant, customer, PageRequest.first(10)).items();
        assertThat(erased).extracting(Interaction::summary).containsOnly(Interaction.ERASED_SUMMARY).hasSize(2);
        assertThat(erased).extracting(Interaction::id).containsExactly(id(2), id(1));
        assertThat(page(otherTenant, customer, PageRequest.first(10)).items()).containsExactly(sameIdOtherTenant);
        assertThat(page(tenant, CustomerId.of("c-2"), PageRequest.first(10)).items()).containsExactly(otherCustomer);
    }

    @Test
    void every_field_survives_the_round_trip() {
        // given
        Interaction full = new Interaction(tenant, customer, UUID.randomUUID().toString(), InteractionChannel.IN_STORE,
                InteractionDirection.OUTBOUND, InteractionType.FOLLOW_UP_VISIT, T0, "王店长",
                "回访：客户满意 😀\nline two\ttabbed");
        Interaction minimal = new Interaction(tenant, customer, UUID.randomUUID().toString(), InteractionChannel.CHATBOT,
                InteractionDirection.INBOUND, InteractionType.INQUIRY, T0.minusSeconds(1), null, "?");

        // when
        append(full, minimal);

        // then
        assertThat(page(tenant, customer, PageRequest.first(10)).items()).containsExactly(full, minimal);
    }

    @Test
    void a_cursor_the_log_did_not_issue_is_a_validation_error_naming_the_cursor() {
        // given
        append(interaction(tenant, customer, id(1), T0, "a"));

        // when / then
        assertThatThrownBy(() -> page(tenant, customer, PageRequest.after("!!not a cursor!!", 10)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("cursor"));
    }

    static Interaction interaction(TenantId tenantId, CustomerId customerId, String id, Instant at, String summary) {
        return new Interaction(tenantId, customerId, id, InteractionChannel.PHONE, InteractionDirection.INBOUND,
                InteractionType.INQUIRY, at, "agent-7", summary);
    }

    private String id(int sequence) {
        return run + String.format("%012d", sequence);
    }

    /** Appends, first storing the customers they belong to: a storage may require them (a foreign key). */
    private void append(Interaction... interactions) {
        storage().transactions().run(() -> {
            for (Interaction interaction : interactions) {
                if (storage().customers().find(interaction.tenantId(), interaction.customerId()).isEmpty()) {
                    storage().customers().insert(CustomerBuilder.aCustomer(interaction.tenantId()).id(interaction.customerId()).build());
                }
                storage().interactions().append(interaction);
            }
        });
    }

    private Page<Interaction> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return storage().transactions().inTransaction(() -> storage().interactions().page(tenantId, customerId, request));
    }
}
