package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.TierChange;

/** Members' tier history in crm_tier_history: append-only lines numbered per member, except erasure's rewrite of override notes. */
final class TierHistory {

    private static final String COLUMNS = "tenant_id, customer_id, programme_id, sequence, from_tier, to_tier, reason, metric, at, note";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    TierHistory(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    /**
     * Appends the lines in one statement, sent with the unit's next round trip where the dialect
     * sends statements together.
     *
     * @throws DuplicateKeyException if a member's sequence number is taken (there, or where it is sent)
     */
    void append(List<TierChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (TierChange h : changes) {
            values.addAll(Arrays.asList(h.tenantId().value(), h.customerId().value(), h.programmeId().value(), h.sequence(),
                    Sql.text(h.from()), h.to(), h.reason(), h.metric(), h.at(), Sql.text(h.note())));
        }
        transactions.writeWithNext(new JdbcTransactions.DeferredStatement(Sql.insert("crm_tier_history", COLUMNS, changes.size()),
                values.toArray(), JdbcTransactions.ANY_RESULT, e -> takenSequence(e) ? new DuplicateKeyException("tier history line",
                        "member and sequence") : null));
    }

    /** Whether the failure is this table's key taken (sent together with other statements, the constraint says so). */
    private boolean takenSequence(SQLException e) {
        return dialect.sendsStatementsTogether() ? Dialect.isUniqueViolationOf(e, "tier_history_pk") : Dialect.isUniqueViolation(e);
    }

    /** The sequence of one member's last line, 0 if none; its parameters are the tenant, customer and programme ids. */
    static final String LAST_OF_MEMBER = "SELECT COALESCE(MAX(sequence), 0) FROM crm_tier_history" + MemberIds.WHERE_MEMBER;

    /** The last sequence number of each of the members that have a history. */
    Map<CustomerId, Long> lastSequences(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return transactions.withConnection(c -> {
            Map<CustomerId, Long> last = new HashMap<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, MAX(sequence) FROM crm_tier_history"
                            + MemberIds.where(dialect, customerIds.size()) + " GROUP BY customer_id",
                    MemberIds.params(dialect, tenantId, programmeId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last.put(CustomerId.of(rs.getString(1)), rs.getLong(2));
                }
            }
            return last;
        });
    }

    /** One member's history, oldest first. */
    List<TierChange> of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            List<TierChange> history = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT sequence, from_tier, to_tier, reason, metric, at, note FROM crm_tier_history"
                            + MemberIds.WHERE_MEMBER + " ORDER BY sequence",
                    tenantId.value(), customerId.value(), programmeId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    history.add(new TierChange(tenantId, customerId, programmeId, rs.getLong("sequence"), rs.getString("from_tier"),
                            rs.getString("to_tier"), Sql.enumValue(rs, "reason", ChangeReason.class), rs.getLong("metric"),
                            Sql.instant(rs, "at"), rs.getString("note")));
                }
            }
            return history;
        });
    }

    /** Erasure: the free-text notes of a customer's overrides become {@link PersonalData#ERASED}. */
    void anonymiseOverrideNotes(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_tier_history SET note = ? WHERE tenant_id = ? AND customer_id = ?"
                        + " AND reason = ? AND note IS NOT NULL AND note <> ?",
                PersonalData.ERASED, tenantId.value(), customerId.value(), ChangeReason.OVERRIDE.name(), PersonalData.ERASED));
    }
}
