package org.crmkit.inmemory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.crmkit.customer.Timeline;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/** Each customer's timeline as a map sorted newest first. */
final class InMemoryTimeline implements Timeline {

    private record Owner(TenantId tenantId, CustomerId customerId) {}

    /** A line's place in its timeline: newest first, and of one instant the greatest id first. */
    private record Position(Instant occurredAt, String id) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            int byTime = other.occurredAt.compareTo(occurredAt);
            return byTime != 0 ? byTime : other.id.compareTo(id);
        }
    }

    private final InMemoryTransactions transactions;
    private final Map<Owner, NavigableMap<Position, TimelineEntry>> timelines = new HashMap<>();

    InMemoryTimeline(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(TimelineEntry entry) {
        transactions.run(() -> {
            NavigableMap<Position, TimelineEntry> timeline = timeline(entry.tenantId(), entry.customerId());
            Position position = new Position(entry.occurredAt(), entry.entryId());
            timeline.put(position, entry);
            transactions.onRollback(() -> timeline.remove(position));
        });
    }

    @Override
    public Page<TimelineEntry> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<Position, TimelineEntry> rest = timeline(tenantId, customerId);
            if (request.cursorValue().isPresent()) {
                List<String> keys = CursorCodec.decode(request.cursor(), 2);
                rest = rest.tailMap(new Position(CursorCodec.instantKey(request.cursor(), keys.get(0)), keys.get(1)), false);
            }
            return Pages.first(rest.values(), request.limit(), e -> CursorCodec.encode(e.occurredAt().toString(), e.entryId()));
        });
    }

    private NavigableMap<Position, TimelineEntry> timeline(TenantId tenantId, CustomerId customerId) {
        return timelines.computeIfAbsent(new Owner(tenantId, customerId), o -> new TreeMap<>());
    }
}
