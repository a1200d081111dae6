package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.InteractionType;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/** The timeline in crm_interaction, paged newest first by (occurred_at, interaction_id) keyset. */
final class JdbcInteractionLog implements InteractionLog {

    private static final String COLUMNS =
            "interaction_id, occurred_at, channel, direction, interaction_type, staff_member, summary";

    private final JdbcTransactions transactions;

    JdbcInteractionLog(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(Interaction i) {
        transactions.withConnection(c -> Sql.update(c, "INSERT INTO crm_interaction (tenant_id, customer_id, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.tenantId().value(), i.customerId().value(), i.id(), i.occurredAt(), i.channel(), i.direction(),
                i.type(), Sql.text(i.staffMember()), i.summary()));
    }

    @Override
    public Page<Interaction> page(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.withConnection(c -> {
            PreparedStatement s;
            if (request.cursorValue().isPresent()) {
                List<String> keys = CursorCodec.decode(request.cursor(), 2);
                Instant at = CursorCodec.instantKey(request.cursor(), keys.get(0));
                s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_interaction WHERE tenant_id = ? AND customer_id = ?"
                                + " AND (occurred_at < ? OR (occurred_at = ? AND interaction_id < ?))"
                                + " ORDER BY occurred_at DESC, interaction_id DESC LIMIT ?",
                        tenantId.value(), customerId.value(), at, at, keys.get(1), request.limit() + 1);
            } else {
                s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_interaction WHERE tenant_id = ? AND customer_id = ?"
                                + " ORDER BY occurred_at DESC, interaction_id DESC LIMIT ?",
                        tenantId.value(), customerId.value(), request.limit() + 1);
            }
            List<Interaction> items = new ArrayList<>();
            try (s; ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new Interaction(tenantId, customerId, rs.getString("interaction_id"),
                            Sql.enumValue(rs, "channel", InteractionChannel.class),
                            Sql.enumValue(rs, "direction", InteractionDirection.class),
                            Sql.enumValue(rs, "interaction_type", InteractionType.class),
                            Sql.instant(rs, "occurred_at"), rs.getString("staff_member"), rs.getString("summary")));
                }
            }
            boolean more = items.size() > request.limit();
            if (!more) {
                return Page.of(items, null);
            }
            List<Interaction> pageItems = items.subList(0, request.limit());
            Interaction last = pageItems.get(pageItems.size() - 1);
            return Page.of(pageItems, CursorCodec.encode(last.occurredAt().toString(), last.id()));
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c,
                "UPDATE crm_interaction SET summary = ? WHERE tenant_id = ? AND customer_id = ?",
                Interaction.ERASED_SUMMARY, tenantId.value(), customerId.value()));
    }
}
