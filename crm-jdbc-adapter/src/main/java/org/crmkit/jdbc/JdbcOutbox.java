package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;

/**
 * Events as JSON rows in crm_outbox, written in the publishing unit of work, when it ends. Each
 * tenant's events take their ids in the order their units commit: a unit locks its tenant's row of
 * crm_outbox_head just before it inserts its events and holds it until it commits ({@link
 * JdbcTransactions.Table#orderedBy}), so the next unit of that tenant to insert events waits for
 * that commit. Draining in id order per tenant is then draining in commit order per tenant. A
 * storage built with {@code eventsInCommitOrder(false)} takes no such lock: ids, and the drain,
 * then follow the order in which units wrote their events.
 *
 * <p>On PostgreSQL (and Citus, where the outbox is distributed by tenant and a locking read may not
 * span shards) draining goes tenant by tenant: a drainer takes a tenant's advisory lock (skipping
 * the tenants another drainer holds, instead of queueing behind it), then locks that tenant's
 * oldest rows with one query naming the tenant, a router query on Citus. The rows are locked
 * waiting, not skipped: a drainer that skipped a tenant's locked oldest rows would hand over later
 * ones first. So each tenant's events leave in commit order, and each leaves once, however many
 * drainers run (CitusOutboxDrainTest and PostgresOutboxDrainTest fail with {@code SKIP LOCKED}
 * here). H2 has no advisory locks: there a drainer locks the oldest rows of every tenant, waiting
 * for rows another drainer holds, so concurrent drainers take turns.
 */
final class JdbcOutbox implements EventOutbox {

    private record Stored(String tenantId, long id, String type, String payload) {}

    /** Aggregate ids per SELECT of {@link #redact}, well under every database's parameter limit. */
    private static final int REDACT_BATCH = 500;

    /** The first key of the drainers' per-tenant advisory locks ("crmo"); the second is the tenant's hash. */
    private static final int DRAIN_LOCK = 0x63726d6f;

    private final JdbcTransactions transactions;
    private final boolean tenantByTenant;
    private final JdbcTransactions.Table outbox;

    /**
     * @param tenantByTenant whether to drain tenant by tenant under advisory locks (PostgreSQL and Citus)
     * @param inCommitOrder whether a unit locks its tenant's head before it writes its events, so that
     *     each tenant's ids follow its commits ({@link JdbcStorage.Builder#eventsInCommitOrder})
     */
    JdbcOutbox(JdbcTransactions transactions, boolean tenantByTenant, boolean inCommitOrder) {
        this.transactions = transactions;
        this.tenantByTenant = tenantByTenant;
        this.outbox = inCommitOrder ? OUTBOX.orderedBy("crm_outbox_head") : OUTBOX;
    }

    private static final JdbcTransactions.Table OUTBOX =
            JdbcTransactions.Table.of("crm_outbox", "tenant_id, event_id, event_type, aggregate_id, occurred_at, payload",
                    "text, text, text, text, timestamptz, text");

    @Override
    public void publish(DomainEvent event) {
        checkNotNull(event, "event");
        String payload = Json.write(event);
        // written in one batch with the unit's other events when it ends, in publishing order
        transactions.deferInsert(outbox, event.tenantId().value(), event.eventId().toString(), event.getClass().getName(), event.aggregateId(),
                event.occurredAt(), payload);
    }

    @Override
    public int drain(int maxEvents, Consumer<? super DomainEvent> handler) {
        checkArgument(maxEvents >= 1, "maxEvents must be >= 1 but was %s", maxEvents);
        checkNotNull(handler, "handler");
        return transactions.readingDeferred(outbox, c -> { // events this unit published are drainable too
            List<Stored> batch = tenantByTenant ? lockTenantByTenant(c, maxEvents)
                    : read(c, "SELECT tenant_id, id, event_type, payload FROM crm_outbox ORDER BY id LIMIT ? FOR UPDATE", maxEvents);
            int delivered = 0;
            try {
                for (Stored stored : batch) {
                    handler.accept(decode(stored));
                    Sql.update(c, "DELETE FROM crm_outbox WHERE tenant_id = ? AND id = ?", stored.tenantId(), stored.id());
                    delivered++;
                }
            } catch (RuntimeException e) {
                transactions.keepWorkSoFar(); // keep the deletions of the events the handler accepted
                throw e;
            }
            return delivered;
        });
    }

    /**
     * Locks up to {@code maxEvents} waiting rows, tenant by tenant, in the order of the tenants'
     * oldest events among the {@code maxEvents} oldest (an index range, however long the outbox):
     * each locking statement names one tenant, so each routes to one shard.
     */
    private static List<Stored> lockTenantByTenant(Connection c, int maxEvents) throws SQLException {
        Set<String> tenants = new LinkedHashSet<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT tenant_id FROM crm_outbox ORDER BY id LIMIT ?", maxEvents);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        List<Stored> batch = new ArrayList<>();
        for (String tenant : tenants) {
            if (batch.size() >= maxEvents) {
                break;
            }
            if (lockTenant(c, tenant)) {
                batch.addAll(read(c, "SELECT tenant_id, id, event_type, payload FROM crm_outbox WHERE tenant_id = ? ORDER BY id LIMIT ? FOR UPDATE",
                        tenant, maxEvents - batch.size()));
            }
        }
        return batch;
    }

    /** Takes the tenant's drain lock until the unit ends, or returns false if another drainer has it. */
    private static boolean lockTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT pg_try_advisory_xact_lock(?, hashtext(?))", DRAIN_LOCK, tenant);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static List<Stored> read(Connection c, String sql, Object... params) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    /**
     * Reads the tenant's waiting rows of the aggregates, decodes each, and writes back those the
     * redaction changed. Without an index on aggregate_id: the outbox is short when it is drained,
     * and erasure is rare.
     */
    @Override
    public int redact(TenantId tenantId, Collection<String> aggregateIds, UnaryOperator<DomainEvent> redaction) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(aggregateIds, "aggregateIds");
        checkNotNull(redaction, "redaction");
        List<String> ids = List.copyOf(new LinkedHashSet<>(aggregateIds));
        if (ids.isEmpty()) {
            return 0;
        }
        return transactions.readingDeferred(outbox, c -> { // events published earlier in this unit are redacted too
            int rewritten = 0;
            for (int from = 0; from < ids.size(); from += REDACT_BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + REDACT_BATCH));
                List<Object> params = new ArrayList<>();
                params.add(tenantId.value());
                params.addAll(batch);
                List<Stored> stored = new ArrayList<>();
                try (PreparedStatement s = Sql.prepare(c, "SELECT tenant_id, id, event_type, payload FROM crm_outbox WHERE tenant_id = ?"
                                + " AND aggregate_id IN (" + Sql.placeholders(batch.size()) + ") ORDER BY id", params.toArray());
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                    }
                }
                for (Stored row : stored) {
                    DomainEvent event = decode(row);
                    DomainEvent kept = checkNotNull(redaction.apply(event), "redaction returned null");
                    if (!kept.equals(event)) {
                        Sql.update(c, "UPDATE crm_outbox SET payload = ? WHERE tenant_id = ? AND id = ?", Json.write(kept), row.tenantId(),
                                row.id());
                        rewritten++;
                    }
                }
            }
            return rewritten;
        });
    }

    @Override
    public long pending() {
        return transactions.readingDeferred(outbox, c -> { // events this unit published count too
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM crm_outbox");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<Instant> oldestPending() {
        return transactions.readingDeferred(outbox, c -> { // events this unit published count too
            try (PreparedStatement s = c.prepareStatement("SELECT occurred_at FROM crm_outbox ORDER BY id LIMIT 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Sql.instant(rs, "occurred_at")) : Optional.<Instant>empty();
            }
        });
    }

    private static DomainEvent decode(Stored stored) {
        try {
            Class<?> type = Class.forName(stored.type(), false, JdbcOutbox.class.getClassLoader());
            if (!DomainEvent.class.isAssignableFrom(type)) {
                throw new StorageException("outbox row " + stored.id() + " names " + stored.type()
                        + ", which is not a DomainEvent", null);
            }
            return (DomainEvent) Json.MAPPER.readValue(stored.payload(), type);
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new StorageException("could not read outbox row " + stored.id() + " of type " + stored.type(), e);
        }
    }
}
