package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of a storage's {@link EventOutbox}: ordered, transactional, at least once. The
 * outbox is shared by the whole storage, so each test drains what other tests left and looks only
 * at its own tenant's events.
 */
public abstract class EventOutboxContract {

    private final TenantId tenant = Tenants.fresh();

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void drainWhatOtherTestsLeft() {
        Outboxes.drainAll(outbox());
    }

    @Test
    void events_published_in_a_transaction_are_drained_in_publication_order_and_equal() {
        // given
        List<DomainEvent> published = List.of(event("c-1"), event("c-2"), event("c-3"));

        // when
        storage().transactions().run(() -> published.forEach(outbox()::publish));

        // then
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactlyElementsOf(published);
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).as("drained events are gone").isEmpty();
    }

    /**
     * A storage may send a unit's few rows one way and many another (PostgreSQL: a {@code VALUES}
     * list up to four rows, arrays past it): either way, every unit's events come out whole, in
     * the order the units committed and, within each, the order they were published.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5, 9})
    void units_of_a_few_events_each_are_drained_in_commit_order_then_publication_order(int perUnit) {
        // given
        List<List<DomainEvent>> units = new ArrayList<>();
        for (int unit = 0; unit < 3; unit++) {
            List<DomainEvent> events = new ArrayList<>();
            for (int i = 0; i < perUnit; i++) {
                events.add(event(String.format("u%d-%02d", unit, perUnit - i)));
            }
            units.add(events);
        }

        // when
        units.forEach(events -> storage().transactions().run(() -> events.forEach(outbox()::publish)));

        // then
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactlyElementsOf(units.stream().flatMap(List::stream).toList());
    }

    @Test
    void a_thousand_events_published_in_one_transaction_are_drained_in_publication_order() {
        // given
        List<DomainEvent> published = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            published.add(event(String.format("c-%04d", 999 - i)));
        }

        // when
        storage().transactions().run(() -> published.forEach(outbox()::publish));

        // then
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactlyElementsOf(published);
    }

    @Test
    void a_tenants_events_are_drained_in_the_order_their_units_committed_not_the_order_they_were_written() throws Exception {
        // given: a unit has written its event and stays open
        DomainEvent writtenFirst = event("c-1");
        DomainEvent writtenSecond = event("c-2");
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService units = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = Outboxes.writtenAndHeldOpen(storage(), writtenFirst, units, release);

            // when: a second unit of the same tenant writes an event and commits, if it can, while the first is open
            Future<?> second = units.submit(() -> storage().transactions().run(() -> outbox().publish(writtenSecond)));
            boolean secondCommittedFirst = finishesWithin(second, Duration.ofSeconds(1));
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);

            // then: whichever unit committed first, its event leaves first
            List<DomainEvent> inCommitOrder = secondCommittedFirst ? List.of(writtenSecond, writtenFirst) : List.of(writtenFirst, writtenSecond);
            assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactlyElementsOf(inCommitOrder);
        } finally {
            release.countDown();
            units.shutdownNow();
        }
    }

    @Test
    void a_drain_hands_over_at_most_max_events_and_leaves_the_rest() {
        // given
        List<DomainEvent> published = List.of(event("c-1"), event("c-2"), event("c-3"));
        storage().transactions().run(() -> published.forEach(outbox()::publish));
        List<DomainEvent> firstBatch = new ArrayList<>();

        // when
        int delivered = outbox().drain(2, firstBatch::add);

        // then
        assertThat(delivered).isEqualTo(2);
        assertThat(firstBatch).hasSize(2);
        List<DomainEvent> mine = new ArrayList<>(firstBatch.stream().filter(e -> e.tenantId().equals(tenant)).toList());
        mine.addAll(Outboxes.drainEventsOf(outbox(), tenant));
        assertThat(mine).containsExactlyElementsOf(published);
    }

    @Test
    void pending_counts_the_events_not_yet_drained() {
        // given
        long before = outbox().pending();

        // when
        storage().transactions().run(() -> {
            outbox().publish(event("c-1"));
            outbox().publish(event("c-2"));
        });

        // then
        assertThat(outbox().pending()).isEqualTo(before + 2);
    }

    @Test
    void the_oldest_pending_event_is_the_first_published_and_there_is_none_once_all_are_drained() {
        // given an empty outbox
        Outboxes.drainAll(outbox());
        assertThat(outbox().oldestPending()).isEmpty();
        // when
        storage().transactions().run(() -> {
            outbox().publish(event("c-1"));
            outbox().publish(new CustomerRegistered(UUID.randomUUID(), MutableClock.SOME_MOMENT.plusSeconds(60), tenant,
                    CustomerId.of("c-2"), SourceChannel.CAMPAIGN, LifecycleStage.QUALIFIED));
        });
        // then
        assertThat(outbox().oldestPending()).contains(MutableClock.SOME_MOMENT);
        Outboxes.drainAll(outbox());
        assertThat(outbox().oldestPending()).isEmpty();
    }

    @Test
    void pending_inside_a_unit_of_work_counts_the_events_that_unit_published() {
        // given
        long before = outbox().pending();

        // when
        long inside = storage().transactions().inTransaction(() -> {
            outbox().publish(event("c-1"));
            return outbox().pending();
        });

        // then
        assertThat(inside).isEqualTo(before + 1);
    }

    @Test
    void an_event_whose_handler_throws_stays_for_the_next_drain_and_the_ones_before_it_are_gone() {
        // given
        DomainEvent first = event("c-1");
        DomainEvent poison = event("c-2");
        DomainEvent last = event("c-3");
        storage().transactions().run(() -> List.of(first, poison, last).forEach(outbox()::publish));
        List<DomainEvent> handled = new ArrayList<>();
        IllegalStateException brokerDown = new IllegalStateException("broker down");

        // when
        assertThatThrownBy(() -> outbox().drain(100, e -> {
            if (e.equals(poison)) {
                throw brokerDown;
            }
            handled.add(e);
        })).isSameAs(brokerDown);

        // then
        assertThat(handled.stream().filter(e -> e.tenantId().equals(tenant))).containsExactly(first);
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactly(poison, last);
    }

    @Test
    void events_of_a_rolled_back_transaction_never_reach_the_outbox() {
        // given
        DomainEvent committed = event("c-1");
        storage().transactions().run(() -> outbox().publish(committed));

        // when
        assertThatThrownBy(() -> storage().transactions().run(() -> {
            outbox().publish(event("c-2"));
            throw new IllegalStateException("change refused");
        })).hasMessage("change refused");

        // then
        assertThat(Outboxes.drainEventsOf(outbox(), tenant)).containsExactly(committed);
    }

    @Test
    void draining_zero_events_is_refused() {
        // when / then
        assertThatThrownBy(() -> outbox().drain(0, e -> {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().drain(-1, e -> {})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void draining_an_empty_outbox_hands_over_nothing() {
        // given
        List<DomainEvent> handled = new ArrayList<>();

        // when
        int delivered = outbox().drain(10, handled::add);

        // then
        assertThat(delivered).isEqualTo(handled.size());
        assertThat(handled).noneMatch(e -> e.tenantId().equals(tenant));
    }

    private static boolean finishesWithin(Future<?> work, Duration wait) throws Exception {
        try {
            work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        }
    }

    private EventOutbox outbox() {
        return storage().outbox();
    }

    private DomainEvent event(String customerId) {
        return Outboxes.registration(tenant, customerId);
    }
}
