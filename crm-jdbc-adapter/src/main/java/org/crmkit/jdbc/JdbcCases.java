package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.Cases;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * Cases over SQL: crm_case holds the columns the queries filter and sort on beside the whole case
 * as JSON (read back as one, jobrunr-style), with a version column for optimistic locking; the
 * audit trail in crm_case_audit; case numbers from a locked row per tenant and year in
 * crm_case_counter. Queries are in {@link JdbcCaseQueries}.
 */
final class JdbcCases implements Cases {

    private static final String UPDATE = "UPDATE crm_case SET status = ?, is_open = ?, priority = ?, team = ?, agent = ?, escalation_level = ?,"
            + " sla_state = ?, sla_due_at = ?, sla_next_check_at = ?, updated_at = ?, version = ?, body = ?"
            + " WHERE tenant_id = ? AND case_id = ? AND version = ?";
    private static final String AUDIT_COLUMNS = "tenant_id, case_id, sequence, at, actor, audit_action, from_status, to_status, note";
    /** Audit rows per INSERT: 9 parameters each, well under every database's parameter limit. */
    private static final int ROWS_PER_INSERT = 1000;
    /** Case ids per IN list. */
    private static final int IDS_PER_QUERY = 500;

    /** Where a case with no running SLA clock sorts in queues. */
    static final Instant NO_DUE = Instant.parse("9999-12-31T23:59:59Z");

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JdbcCaseQueries queries;
    private final Dialect.LockingRead lockCounter;

    JdbcCases(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.queries = new JdbcCaseQueries(transactions);
        this.lockCounter = dialect.lockingRead("SELECT last_number FROM crm_case_counter WHERE tenant_id = ? AND counter_year = ?",
                "UPDATE crm_case_counter SET last_number = last_number WHERE tenant_id = ? AND counter_year = ?");
    }

    @Override
    public long lockNumberCounter(TenantId tenantId, int year) {
        // the year's counter exists after its first case: lock it, and create it only when missing (see Dialect#insertIfAbsent)
        return transactions.withConnection(c -> {
            OptionalLong locked = lockedNumber(c, tenantId, year);
            if (locked.isPresent()) {
                return locked.getAsLong();
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_case_counter (tenant_id, counter_year, last_number) VALUES (?, ?, 0)",
                    tenantId.value(), year);
            return lockedNumber(c, tenantId, year).orElseThrow();
        });
    }

    /** The year's last case number, its row locked; empty if the year has no counter yet. */
    private OptionalLong lockedNumber(Connection c, TenantId tenantId, int year) throws SQLException {
        try (PreparedStatement s = lockCounter.prepare(c, tenantId.value(), year); ResultSet rs = s.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    @Override
    public void setNumberCounter(TenantId tenantId, int year, long value) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_case_counter SET last_number = ? WHERE tenant_id = ? AND counter_year = ?",
                value, tenantId.value(), year));
    }

    @Override
    public Optional<Case> find(TenantId tenantId, CaseId caseId) {
        return transactions.withConnection(c -> one(c, "case_id = ?", tenantId, caseId.value()));
    }

    @Override
    public Optional<Case> findByNumber(TenantId tenantId, String number) {
        return transactions.withConnection(c -> one(c, "case_number = ?", tenantId, number));
    }

    @Override
    public Optional<Case> findByRequestKey(TenantId tenantId, String requestKey) {
        return transactions.withConnection(c -> one(c, "request_key = ?", tenantId, requestKey));
    }

    @Override
    public void insert(Case k) {
        transactions.withConnection(c -> {
            return Sql.insertUnique("case", "id, number or request key", c, "INSERT INTO crm_case (tenant_id, case_id, case_number, request_key, customer_id, case_type, category,"
                            + " channel, status, is_open, priority, team, agent, escalation_level, sla_state, sla_due_at, sla_next_check_at,"
                            + " bucket, opened_at, updated_at, version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?)",
                    k.tenantId().value(), k.id().value(), k.number(), Sql.text(k.requestKey()), k.customerId().value(), k.type(),
                    k.details().category(), k.details().channel(), k.status(), k.status().isOpen(), k.priority(), k.assignee().team(),
                    Sql.text(k.assignee().agent()), k.escalationLevel(), k.sla().state(), dueAt(k), Sql.timestamp(k.sla().nextCheckAt()),
                    k.id().bucket(), k.times().openedAt(), k.times().updatedAt(), k.version(), Json.write(k));
        });
    }

    @Override
    public void update(Case k) {
        transactions.withConnection(c -> {
            if (Sql.update(c, UPDATE, updateParams(k)) != 1) {
                throw new StaleVersionException("case", k.number(), k.version() - 1);
            }
            return null;
        });
    }

    /** One JDBC batch of version-checked updates; a row count of 0 says the case moved on. */
    @Override
    public List<Case> updateUnlessChanged(List<Case> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        return transactions.withConnection(c -> {
            List<Object[]> rows = new ArrayList<>(changed.size());
            changed.forEach(k -> rows.add(updateParams(k)));
            int[] counts = Sql.batch(c, UPDATE, rows);
            List<Case> lost = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    lost.add(changed.get(i));
                } else if (counts[i] != 1) {
                    throw new IllegalStateException("the driver did not say whether case " + changed.get(i).number() + " was updated ("
                            + counts[i] + ")");
                }
            }
            return lost;
        });
    }

    private static Object[] updateParams(Case k) {
        return new Object[] {k.status(), k.status().isOpen(), k.priority(), k.assignee().team(), Sql.text(k.assignee().agent()),
                k.escalationLevel(), k.sla().state(), dueAt(k), Sql.timestamp(k.sla().nextCheckAt()), k.times().updatedAt(), k.version(),
                Json.write(k), k.tenantId().value(), k.id().value(), k.version() - 1};
    }

    @Override
    public void appendAudit(CaseAuditEntry e) {
        transactions.withConnection(c -> Sql.insertUnique("case audit entry", "case and sequence", c, Sql.insert("crm_case_audit", AUDIT_COLUMNS, 1),
                auditParams(e).toArray()));
    }

    /** Multi-row INSERTs of up to {@value #ROWS_PER_INSERT} entries each. */
    @Override
    public void appendAudits(List<CaseAuditEntry> entries) {
        transactions.withConnection(c -> {
            for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
                List<CaseAuditEntry> part = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
                List<Object> params = new ArrayList<>(part.size() * 9);
                part.forEach(e -> params.addAll(auditParams(e)));
                Sql.insertUnique("case audit entry", "case and sequence", c, Sql.insert("crm_case_audit", AUDIT_COLUMNS, part.size()),
                        params.toArray());
            }
            return null;
        });
    }

    private static List<Object> auditParams(CaseAuditEntry e) {
        return List.of(e.tenantId().value(), e.caseId().value(), e.sequence(), e.at(), e.actor(), e.action(),
                Sql.text(e.from() == null ? null : e.from().name()), e.to(), Sql.text(e.note()));
    }

    /**
     * One query per {@value #IDS_PER_QUERY} cases: the ids as a VALUES list, each looked up with an
     * index seek on the audit table's key (H2 would scan the tenant's whole trail for an IN list).
     */
    @Override
    public Map<CaseId, Long> lastAuditSequences(TenantId tenantId, Collection<CaseId> caseIds) {
        List<CaseId> ids = List.copyOf(caseIds);
        return transactions.withConnection(c -> {
            Map<CaseId, Long> last = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<CaseId> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                List<Object> params = new ArrayList<>(part.size() + 1);
                params.add(tenantId.value());
                part.forEach(id -> params.add(id.value()));
                try (PreparedStatement s = Sql.prepare(c, "SELECT v.case_id, (SELECT COALESCE(MAX(a.sequence), 0) FROM crm_case_audit a"
                        + " WHERE a.tenant_id = ? AND a.case_id = v.case_id) FROM (VALUES " + String.join(", ", Collections.nCopies(part.size(), "(?)"))
                        + ") AS v (case_id)", params.toArray());
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        last.put(CaseId.of(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return last;
        });
    }

    @Override
    public long lastAuditSequence(TenantId tenantId, CaseId caseId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COALESCE(MAX(sequence), 0) FROM crm_case_audit WHERE tenant_id = ? AND case_id = ?",
                    tenantId.value(), caseId.value());
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<CaseAuditEntry> audit(TenantId tenantId, CaseId caseId) {
        return transactions.withConnection(c -> {
            List<CaseAuditEntry> trail = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT sequence, at, actor, audit_action, from_status, to_status, note FROM crm_case_audit"
                    + " WHERE tenant_id = ? AND case_id = ? ORDER BY sequence", tenantId.value(), caseId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    trail.add(new CaseAuditEntry(tenantId, caseId, rs.getLong("sequence"), Sql.instant(rs, "at"), rs.getString("actor"),
                            Sql.enumValue(rs, "audit_action", CaseAction.class), Sql.enumValue(rs, "from_status", CaseStatus.class),
                            Sql.enumValue(rs, "to_status", CaseStatus.class), rs.getString("note")));
                }
            }
            return trail;
        });
    }

    @Override
    public Page<Case> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return queries.ofCustomer(tenantId, customerId, request);
    }

    @Override
    public Page<Case> teamQueue(TenantId tenantId, String team, PageRequest request) {
        return queries.queue(tenantId, "team = ?", team, request);
    }

    @Override
    public Page<Case> agentQueue(TenantId tenantId, String agent, PageRequest request) {
        return queries.queue(tenantId, "agent = ?", agent, request);
    }

    @Override
    public Page<Case> atRiskOrBreached(TenantId tenantId, PageRequest request) {
        return queries.queue(tenantId, "sla_state <> ?", "ON_TRACK", request);
    }

    @Override
    public Page<Case> dueForCheck(TenantId tenantId, Instant now, int shard, int shards, PageRequest request) {
        return queries.dueForCheck(tenantId, now, shard, shards, request);
    }

    @Override
    public Page<Case> openedBetween(TenantId tenantId, Instant from, Instant to, PageRequest request) {
        return queries.openedBetween(tenantId, from, to, request);
    }

    @Override
    public long countComplaints(TenantId tenantId, CustomerId customerId, Instant since) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COUNT(*) FROM crm_case WHERE tenant_id = ? AND customer_id = ?"
                    + " AND opened_at >= ? AND case_type = 'COMPLAINT'", tenantId.value(), customerId.value(), since);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Instant dueAt(Case k) {
        return k.sla().dueAt() == null ? NO_DUE : k.sla().dueAt();
    }

    private static Optional<Case> one(Connection c, String where, TenantId tenantId, String value) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT body FROM crm_case WHERE tenant_id = ? AND " + where, tenantId.value(), value);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(Json.read(rs.getString(1), Case.class)) : Optional.empty();
        }
    }

    @Override
    public void anonymiseAudit(TenantId tenantId, CaseId caseId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_case_audit SET note = ? WHERE tenant_id = ? AND case_id = ?"
                + " AND note IS NOT NULL AND note <> ?", PersonalData.ERASED, tenantId.value(), caseId.value(), PersonalData.ERASED));
    }
}
