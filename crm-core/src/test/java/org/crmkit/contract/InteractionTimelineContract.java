package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** End to end: recording interactions and reading a customer's timeline. */
public abstract class InteractionTimelineContract extends CustomerServiceFixture {

    @Test
    void an_interaction_without_a_time_happens_now_and_keeps_every_detail() {
        // given
        Customer li = registerLiLei();

        // when
        Interaction recorded = customers.recordInteraction(anInteraction(tenant, li.id())
                .channel(InteractionChannel.IN_STORE).direction(InteractionDirection.OUTBOUND)
                .type(InteractionType.FOLLOW_UP_VISIT).staffMember("王店长").summary("回访：满意\n下次再来").build());

        // then
        assertThat(recorded.occurredAt()).isEqualTo(clock.instant());
        assertThat(recorded.tenantId()).isEqualTo(tenant);
        assertThat(recorded.customerId()).isEqualTo(li.id());
        assertThat(customers.interactions(tenant, li.id(), PageRequest.first(10)).items()).containsExactly(recorded);
    }

    @Test
    void the_timeline_lists_interactions_newest_first_one_page_at_a_time() {
        // given
        Customer li = registerLiLei();
        Instant start = clock.instant();
        List<Interaction> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            newestFirst.add(0, customers.recordInteraction(anInteraction(tenant, li.id()).summary("note " + i).build()));
        }
        Interaction backdated = customers.recordInteraction(
                anInteraction(tenant, li.id()).occurredAt(start.minus(Duration.ofDays(1))).summary("from the old system").build());
        newestFirst.add(backdated);

        // when
        List<Interaction> seen = new ArrayList<>();
        Page<Interaction> page = customers.interactions(tenant, li.id(), PageRequest.first(4));
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = customers.interactions(tenant, li.id(), PageRequest.after(page.nextCursor().orElseThrow(), 4));
            seen.addAll(page.items());
        }

        // then
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void an_interaction_in_the_future_is_refused_and_not_recorded() {
        // given
        Customer li = registerLiLei();

        // when
        var error = validationErrorOf(() -> customers.recordInteraction(
                anInteraction(tenant, li.id()).occurredAt(clock.instant().plusSeconds(1)).build()));

        // then
        assertThat(fieldsOf(error)).containsExactly("occurredAt");
        assertThat(customers.interactions(tenant, li.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void an_interaction_at_exactly_now_is_accepted() {
        // given
        Customer li = registerLiLei();

        // when
        Interaction recorded = customers.recordInteraction(anInteraction(tenant, li.id()).occurredAt(clock.instant()).build());

        // then
        assertThat(recorded.occurredAt()).isEqualTo(clock.instant());
    }

    @Test
    void an_interaction_of_an_unknown_customer_is_refused() {
        // when / then
        assertThatThrownBy(() -> customers.recordInteraction(anInteraction(tenant, CustomerId.of("nobody")).build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.interactions(tenant, CustomerId.of("nobody"), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }
}
