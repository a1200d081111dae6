package org.crmkit.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;

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
    public long pending() {
        return transactions.inTransaction(events::size);
    }
}
