package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.Timeline;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/** Timelines in {@code crm_timeline}, read newest first along its primary key. */
final class JdbcTimeline implements Timeline {

    private static final String COLUMNS = "entry_id, event_id, occurred_at, context, kind, reference, summary";
    private static final String ORDER = " ORDER BY occurred_at DESC, entry_id DESC LIMIT ?";

    private static final JdbcTransactions.Table TIMELINE = JdbcTransactions.Table.of("crm_timeline", "tenant_id, customer_id, " + COLUMNS,
            "text, text, text, text, timestamptz, text, text, text, text");

    private final JdbcTransactions transactions;

    JdbcTimeline(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(TimelineEntry e) {
        // written in one batch with the unit's other lines when it ends
        transactions.deferInsert(TIMELINE,
                e.tenantId().value(), e.customerId().value(), e.entryId(), e.eventId(), e.occurredAt(), e.context(), e.kind(),
                Sql.text(e.reference()), e.summary());
    }

    @Override
    public Page<TimelineEntry> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.readingDeferred(TIMELINE, c -> {
            PreparedStatement s;
            String from = "SELECT " + COLUMNS + " FROM crm_timeline WHERE tenant_id = ? AND customer_id = ?";
            if (request.cursorValue().isPresent()) {
                List<String> keys = CursorCodec.decode(request.cursor(), 2);
                Instant at = CursorCodec.instantKey(request.cursor(), keys.get(0));
                s = Sql.prepare(c, from + " AND (occurred_at < ? OR (occurred_at = ? AND entry_id < ?))" + ORDER,
                        tenantId.value(), customerId.value(), at, at, keys.get(1), request.limit() + 1);
            } else {
                s = Sql.prepare(c, from + ORDER, tenantId.value(), customerId.value(), request.limit() + 1);
            }
            List<TimelineEntry> items = new ArrayList<>();
            try (s; ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new TimelineEntry(tenantId, customerId, rs.getString("entry_id"), rs.getString("event_id"),
                            Sql.instant(rs, "occurred_at"), rs.getString("context"), rs.getString("kind"), rs.getString("reference"), rs.getString("summary")));
                }
            }
            if (items.size() <= request.limit()) {
                return Page.of(items, null);
            }
            List<TimelineEntry> page = items.subList(0, request.limit());
            TimelineEntry last = page.get(page.size() - 1);
            return Page.of(page, CursorCodec.encode(last.occurredAt().toString(), last.entryId()));
        });
    }
}
