package org.crmkit.jdbc;

/**
 * The ledger's SQL, said once: the per-item statements and the single-statement write of {@link
 * LedgerOneStatementWrite} use the same columns, keys and version check. The parameters of each
 * statement are built by {@link LedgerRows}.
 */
final class LedgerSql {

    static final String WHERE_ACCOUNT = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";

    static final String ACCOUNT_COLUMNS = "available, pending, held, debt, earned, adjusted_in, transferred_in, redeemed,"
            + " expired, reversed, adjusted_out, transferred_out, next_due_at, version";

    /** An optimistic update of an account's balances: the row must still have the previous version. */
    static final String UPDATE_ACCOUNT = "UPDATE crm_points_account SET available = ?, pending = ?, held = ?, debt = ?, earned = ?,"
            + " adjusted_in = ?, transferred_in = ?, redeemed = ?, expired = ?, reversed = ?, adjusted_out = ?,"
            + " transferred_out = ?, next_due_at = ?, version = ?" + WHERE_ACCOUNT + " AND version = ?";

    static final String LOT_COLUMNS = "lot_id, order_reference, original, remaining, earned_at, available_at, expires_at, status";
    static final String LOT_TABLE_COLUMNS = "tenant_id, customer_id, programme_id, " + LOT_COLUMNS;
    static final String LOT_KEY = "tenant_id, customer_id, programme_id, lot_id";
    static final String SELECT_LOTS = selectLots("crm_points_lot");

    /** The lots of one account, from {@code lotsTable}: the lots' table, with what the dialect adds to name an index, if anything. */
    static String selectLots(String lotsTable) {
        return "SELECT " + LOT_COLUMNS + " FROM " + lotsTable + WHERE_ACCOUNT;
    }

    static final String HOLD_COLUMNS = "tenant_id, hold_id, customer_id, programme_id, points, order_reference, created_at, expires_at,"
            + " status, lots";

    static final String ENTRY_COLUMNS = "tenant_id, customer_id, programme_id, sequence, entry_id, entry_type, points, direction, at,"
            + " operation_key, reason, reference, actor, lots, available_after";

    static final String INSERT_ENTRY = Sql.insert("crm_points_entry", ENTRY_COLUMNS, 1);
    static final String INSERT_HOLD = Sql.insert("crm_points_hold", HOLD_COLUMNS, 1);
    static final String INSERT_RECEIPT = "INSERT INTO crm_points_receipt (tenant_id, operation_key, fingerprint, receipt) VALUES (?, ?, ?, ?)";

    private LedgerSql() {}
}
