package org.crmkit.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;

final class InMemoryOutbox implements EventOutbox {

    private final InMemoryTransactions transactions;
    private final Deque<DomainEvent> events = new ArrayDeque<>();
    private final ReentrantLock drainLock = new ReentrantLock();

    InMemoryOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(DomainEvent event) {
        checkNotNull(event, "event");
        transactions.run(() -> {
            events.addLast(event);
            transactions.onRollback(events::removeLast);
        });
    }

    @Override
    public int drain(int maxEvents, Consumer<? super DomainEvent> handler) {
        checkArgument(maxEvents >= 1, "maxEvents must be >= 1 but was %s", maxEvents);
        checkNotNull(handler, "handler");
        drainLock.lock();
        try {
            int delivered = 0;
            while (delivered < maxEvents) {
                DomainEvent next = transactions.inTransaction(events::peekFirst);
                if (next == null) {
                    break;
                }
                handler.accept(next);
                transactions.run(events::removeFirst);
                delivered++;
            }
            return delivered;
        } finally {
            drainLock.unlock();
        }
    }

    @Override
    public int redact(TenantId tenantId, Collection<String> aggregateIds, UnaryOperator<DomainEvent> redaction) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(aggregateIds, "aggregateIds");
        checkNotNull(redaction, "redaction");
        Set<String> ids = Set.copyOf(aggregateIds);
        return transactions.inTransaction(() -> {
            List<DomainEvent> before = List.copyOf(events);
            int rewritten = 0;
            List<DomainEvent> after = new ArrayList<>(before.size());
            for (DomainEvent event : before) {
                DomainEvent kept = event;
                if (event.tenantId().equals(tenantId) && ids.contains(event.aggregateId())) {
                    kept = checkNotNull(redaction.apply(event), "redaction returned null");
                    rewritten += kept.equals(event) ? 0 : 1;
                }
                after.add(kept);
            }
            if (rewritten > 0) {
                events.clear();
                events.addAll(after);
                transactions.onRollback(() -> {
                    events.clear();
                    events.addAll(before);
                });
            }
            return rewritten;
        });
    }

    @Override
    public long pending() {
        return transactions.inTransaction(events::size);
    }

    @Override
    public Optional<Instant> oldestPending() {
        return transactions.inTransaction(() -> Optional.ofNullable(events.peekFirst()).map(DomainEvent::occurredAt));
    }
}
