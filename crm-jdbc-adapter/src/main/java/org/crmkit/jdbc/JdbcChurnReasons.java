package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnReason;
import org.crmkit.customer.ChurnReasonCount;
import org.crmkit.customer.ChurnReasons;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.StoredChurnReason;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;

/** Churn reasons in crm_churn_reason, one row per recording, keyed by its idempotency key. */
final class JdbcChurnReasons implements ChurnReasons {

    private static final String COLUMNS = "idempotency_key, fingerprint, customer_id, occasion, reason_code, side, note, recorded_by, recorded_at";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcChurnReasons(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean insert(StoredChurnReason stored) {
        ChurnReason r = stored.reason();
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_churn_reason (tenant_id, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.tenantId().value(), r.idempotencyKey(), stored.fingerprint(), r.customerId().value(),
                r.occasion(), r.code(), r.side(), Sql.text(r.note()), r.recordedBy(), r.recordedAt()));
    }

    @Override
    public Optional<StoredChurnReason> byKey(TenantId tenantId, String idempotencyKey) {
        return select(tenantId, "idempotency_key = ?", List.of(idempotencyKey), "").stream().findFirst();
    }

    @Override
    public Optional<ChurnSide> sideOf(TenantId tenantId, String code) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT side FROM crm_churn_reason WHERE tenant_id = ? AND reason_code = ? LIMIT 1",
                    tenantId.value(), code); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Sql.enumValue(rs, "side", ChurnSide.class)) : Optional.empty();
            }
        });
    }

    @Override
    public List<ChurnReason> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return select(tenantId, "customer_id = ?", List.of(customerId.value()), " ORDER BY recorded_at DESC, idempotency_key DESC").stream()
                .map(StoredChurnReason::reason).toList();
    }

    @Override
    public List<ChurnReasonCount> counts(TenantId tenantId, Instant from, Instant until) {
        return transactions.withConnection(c -> {
            List<ChurnReasonCount> counts = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT reason_code, side, occasion, COUNT(*) AS n FROM crm_churn_reason"
                    + " WHERE tenant_id = ? AND recorded_at >= ? AND recorded_at < ? GROUP BY reason_code, side, occasion",
                    tenantId.value(), from, until); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(new ChurnReasonCount(rs.getString("reason_code"), Sql.enumValue(rs, "side", ChurnSide.class),
                            Sql.enumValue(rs, "occasion", ChurnOccasion.class), rs.getLong("n")));
                }
            }
            return counts;
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_churn_reason SET note = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND note IS NOT NULL AND note <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(), PersonalData.ERASED));
    }

    private List<StoredChurnReason> select(TenantId tenantId, String where, List<Object> params, String tail) {
        return transactions.withConnection(c -> {
            List<Object> all = new ArrayList<>();
            all.add(tenantId.value());
            all.addAll(params);
            List<StoredChurnReason> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_churn_reason WHERE tenant_id = ? AND " + where + tail,
                    all.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static StoredChurnReason read(TenantId tenantId, ResultSet rs) throws SQLException {
        return new StoredChurnReason(rs.getString("fingerprint"), new ChurnReason(tenantId, CustomerId.of(rs.getString("customer_id")),
                rs.getString("idempotency_key"), Sql.enumValue(rs, "occasion", ChurnOccasion.class), rs.getString("reason_code"),
                Sql.enumValue(rs, "side", ChurnSide.class), rs.getString("note"), rs.getString("recorded_by"), Sql.instant(rs, "recorded_at")));
    }
}
