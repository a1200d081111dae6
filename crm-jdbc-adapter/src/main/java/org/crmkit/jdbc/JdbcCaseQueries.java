package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crmkit.complaint.Case;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.jspecify.annotations.Nullable;

/** The paged case queries: keyset paging on row values, one index per query. */
final class JdbcCaseQueries {

    private final JdbcTransactions transactions;

    JdbcCaseQueries(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** Newest first. */
    Page<Case> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), customerId.value()));
        String after = "";
        if (request.cursorValue().isPresent()) {
            List<String> last = CursorCodec.decode(request.cursor(), 2);
            after = " AND (opened_at, case_id) < (?, ?)";
            params.add(CursorCodec.instantKey(request.cursor(), last.get(0)));
            params.add(last.get(1));
        }
        return page("WHERE tenant_id = ? AND customer_id = ?" + after + " ORDER BY opened_at DESC, case_id DESC", params, request,
                k -> CursorCodec.encode(k.times().openedAt().toString(), k.id().value()));
    }

    /** Open cases matching {@code filter} (one parameter), soonest due first. */
    Page<Case> queue(TenantId tenantId, String filter, String value, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), value));
        String after = "";
        if (request.cursorValue().isPresent()) {
            List<String> last = CursorCodec.decode(request.cursor(), 2);
            after = " AND (sla_due_at, case_id) > (?, ?)";
            params.add(CursorCodec.instantKey(request.cursor(), last.get(0)));
            params.add(last.get(1));
        }
        return page("WHERE tenant_id = ? AND " + filter + " AND is_open = TRUE" + after + " ORDER BY sla_due_at, case_id", params, request,
                k -> CursorCodec.encode((k.sla().dueAt() == null ? JdbcCases.NO_DUE : k.sla().dueAt()).toString(), k.id().value()));
    }

    /** Due for an SLA check, of one tenant or all, in one shard. */
    Page<Case> dueForCheck(@Nullable TenantId tenantId, Instant now, int shard, int shards, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(TenantFilter.parameters(tenantId, now, shards, shard)));
        String where = TenantFilter.where(tenantId, "sla_next_check_at <= ? AND MOD(bucket, ?) = ?");
        if (request.cursorValue().isPresent()) {
            List<String> last = CursorCodec.decode(request.cursor(), 3);
            where += " AND (sla_next_check_at, tenant_id, case_id) > (?, ?, ?)";
            params.add(CursorCodec.instantKey(request.cursor(), last.get(0)));
            params.add(last.get(1));
            params.add(last.get(2));
        }
        return page(where + " ORDER BY sla_next_check_at, tenant_id, case_id", params, request,
                k -> CursorCodec.encode(k.sla().nextCheckAt().toString(), k.tenantId().value(), k.id().value()));
    }

    /** Opened in {@code [from, to)}, oldest first. */
    Page<Case> openedBetween(TenantId tenantId, Instant from, Instant to, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), from, to));
        String after = "";
        if (request.cursorValue().isPresent()) {
            List<String> last = CursorCodec.decode(request.cursor(), 2);
            after = " AND (opened_at, case_id) > (?, ?)";
            params.add(CursorCodec.instantKey(request.cursor(), last.get(0)));
            params.add(last.get(1));
        }
        return page("WHERE tenant_id = ? AND opened_at >= ? AND opened_at < ?" + after + " ORDER BY opened_at, case_id", params, request,
                k -> CursorCodec.encode(k.times().openedAt().toString(), k.id().value()));
    }

    private Page<Case> page(String whereAndOrder, List<Object> params, PageRequest request, Function<Case, String> cursorOf) {
        return transactions.withConnection(c -> {
            List<Object> all = new ArrayList<>(params);
            all.add(request.limit() + 1);
            List<Case> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT body FROM crm_case " + whereAndOrder + " LIMIT ?", all.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(Json.read(rs.getString(1), Case.class));
                }
            }
            boolean more = items.size() > request.limit();
            List<Case> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? cursorOf.apply(page.get(page.size() - 1)) : null);
        });
    }
}
