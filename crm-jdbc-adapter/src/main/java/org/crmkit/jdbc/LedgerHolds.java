package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.shared.TenantId;

/** Points held for a checkout: a hold's row is written once, then only its status changes. */
final class LedgerHolds {

    private final JdbcTransactions transactions;

    LedgerHolds(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    Optional<PointsHold> find(TenantId tenantId, String holdId) {
        return transactions.withConnection(c -> read(c, " WHERE tenant_id = ? AND hold_id = ?", tenantId.value(), holdId)
                .stream().findFirst());
    }

    List<PointsHold> open(AccountRef ref) {
        return transactions.withConnection(c -> read(c, LedgerSql.WHERE_ACCOUNT + OPEN, LedgerRows.key(ref).toArray()));
    }

    /** What follows the account's condition in a read of its open holds, oldest first. */
    private static final String OPEN = " AND status = 'OPEN' ORDER BY hold_id";

    /** The open holds of the account {@code whereAccount} names (a {@code WHERE} clause), oldest first; read with {@link #read(ResultSet)}. */
    static String selectOpen(String whereAccount) {
        return "SELECT " + LedgerSql.HOLD_COLUMNS + " FROM crm_points_hold" + whereAccount + OPEN;
    }

    void save(PointsHold hold) {
        transactions.withConnection(c -> {
            int updated = Sql.update(c, "UPDATE crm_points_hold SET status = ? WHERE tenant_id = ? AND hold_id = ?",
                    hold.status(), hold.account().tenantId().value(), hold.holdId());
            if (updated == 0) {
                Sql.update(c, LedgerSql.INSERT_HOLD, LedgerRows.hold(hold).toArray());
            }
            return null;
        });
    }

    private static List<PointsHold> read(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT " + LedgerSql.HOLD_COLUMNS + " FROM crm_points_hold" + where, params);
                ResultSet rs = s.executeQuery()) {
            return read(rs);
        }
    }

    /** Every hold of a result of {@link LedgerSql#HOLD_COLUMNS}. */
    static List<PointsHold> read(ResultSet rs) throws SQLException {
        List<PointsHold> holds = new ArrayList<>();
        while (rs.next()) {
            holds.add(LedgerRows.hold(rs));
        }
        return holds;
    }
}
