package org.crmkit.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionLog;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

final class InMemoryInteractionLog implements InteractionLog {

    private record Owner(TenantId tenantId, CustomerId customerId) {}

    /** Position in a timeline: newest first, ties broken by id, descending. */
    private record Position(Instant occurredAt, String id) {
        static final Comparator<Position> NEWEST_FIRST =
                Comparator.comparing(Position::occurredAt).thenComparing(Position::id).reversed();

        static Position of(Interaction interaction) {
            return new Position(interaction.occurredAt(), interaction.id());
        }
    }

    private final InMemoryTransactions transactions;
    private final Map<Owner, NavigableMap<Position, Interaction>> timelines = new HashMap<>();

    InMemoryInteractionLog(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(Interaction interaction) {
        transactions.run(() -> {
            NavigableMap<Position, Interaction> timeline = timeline(interaction.tenantId(), interaction.customerId());
            Position position = Position.of(interaction);
            timeline.put(position, interaction);
            transactions.onRollback(() -> timeline.remove(position));
        });
    }

    @Override
    public Page<Interaction> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<Position, Interaction> rest = timeline(tenantId, customerId);
            if (request.cursorValue().isPresent()) {
                rest = rest.tailMap(decode(request.cursor()), false);
            }
            return Pages.first(rest.values(), request.limit(), i -> CursorCodec.encode(i.occurredAt().toString(), i.id()));
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> {
            NavigableMap<Position, Interaction> timeline = timeline(tenantId, customerId);
            Map<Position, Interaction> before = Map.copyOf(timeline);
            timeline.replaceAll((position, interaction) -> interaction.anonymised());
            transactions.onRollback(() -> timeline.putAll(before));
        });
    }

    private NavigableMap<Position, Interaction> timeline(TenantId tenantId, CustomerId customerId) {
        return timelines.computeIfAbsent(new Owner(tenantId, customerId), o -> new TreeMap<>(Position.NEWEST_FIRST));
    }

    private static Position decode(String cursor) {
        List<String> keys = CursorCodec.decode(cursor, 2);
        return new Position(CursorCodec.instantKey(cursor, keys.get(0)), keys.get(1));
    }
}
