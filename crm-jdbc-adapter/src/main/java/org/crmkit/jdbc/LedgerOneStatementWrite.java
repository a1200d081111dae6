package org.crmkit.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.loyalty.LedgerWrite;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.StaleVersionException;

/**
 * A whole ledger write (lots, holds, entries, receipt, account balances) as one statement of
 * data-modifying common table expressions: one round trip instead of one per item, where the
 * dialect {@linkplain Dialect#writesInOneStatement() can}. It means what the per-item statements
 * mean: the same SQL (from {@link LedgerSql}), the same version check, the same refusals.
 */
final class LedgerOneStatementWrite {

    /** The PostgreSQL driver binds at most 65,535 parameters a statement; 1,000 items of up to 15 stay well below. */
    private static final int MAX_ITEMS = 1000;
    /** What the database reports when the version guard of the write's account number N (from 0) finds the version moved: this and N. */
    private static final String STALE_ACCOUNT = "stale points account ";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final boolean citus;
    /** The statement texts of {@linkplain Shape#common() everyday} shapes, built once each rather than per write. */
    private final Map<Shape, String> texts = new ConcurrentHashMap<>();

    LedgerOneStatementWrite(JdbcTransactions transactions, Dialect dialect, boolean citus) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.citus = citus;
    }

    /**
     * Whether this write can go as one statement; if not, write it item by item. Never on Citus:
     * there a statement of data-modifying CTEs becomes one distributed subplan per CTE, each its own
     * round trip with its result pulled back to the coordinator, while the item statements, sent
     * together, each route straight to the tenant's shard (CitusRouterPlanTest).
     */
    boolean fits(LedgerWrite write) {
        return !citus && dialect.writesInOneStatement() && write.lots().size() + write.holds().size() + write.entries().size() <= MAX_ITEMS;
    }

    /**
     * Writes everything at once, sent with the unit of work's next statement or at its end (so a
     * failure is reported there).
     *
     * @throws StaleVersionException if an account's version moved since it was read
     * @throws DuplicateKeyException if the receipt's idempotency key is taken
     */
    void write(LedgerWrite write) {
        List<Object> params = new ArrayList<>();
        write.lots().forEach(lot -> params.addAll(LedgerRows.lot(lot)));
        write.holds().forEach(hold -> params.addAll(LedgerRows.hold(hold)));
        write.entries().forEach(entry -> params.addAll(LedgerRows.entry(entry)));
        if (write.receipt() != null) {
            params.addAll(LedgerRows.receipt(write.tenantId(), write.receipt()));
        }
        write.accounts().forEach(account -> params.addAll(LedgerRows.accountUpdate(account)));
        Shape shape = new Shape(write.lots().size(), write.holds().size(), write.entries().size(), write.receipt() != null,
                write.accounts().size());
        String sql = shape.common() ? texts.computeIfAbsent(shape, this::sql) : sql(shape);
        // sent with the unit's next statement or its end: with the rows of the events it caused
        transactions.deferStatement(new JdbcTransactions.DeferredStatement(sql, params.toArray(), JdbcTransactions.ANY_RESULT, e -> {
            if (Dialect.isUniqueViolationOf(e, "points_receipt_pk")) {
                return new DuplicateKeyException("points operation", "idempotency key");
            }
            int stale = Dialect.failedGuard(e, STALE_ACCOUNT);
            PointsAccount a = stale < 0 ? null : write.accounts().get(stale);
            return a == null ? null : new StaleVersionException("points account", a.ref().toString(), a.version() - 1);
        }));
    }

    /** The statement of a write of {@code shape}, its parameters in the order {@link #write} binds them. */
    private String sql(Shape shape) {
        List<String> parts = new ArrayList<>();
        if (shape.lots() > 0) {
            parts.add("l AS (" + dialect.upsert("crm_points_lot", LedgerSql.LOT_TABLE_COLUMNS, LedgerSql.LOT_KEY, shape.lots(),
                    "remaining", "status") + " RETURNING 1)");
        }
        if (shape.holds() > 0) {
            parts.add("h AS (" + dialect.upsert("crm_points_hold", LedgerSql.HOLD_COLUMNS, "tenant_id, hold_id", shape.holds(),
                    "status") + " RETURNING 1)");
        }
        if (shape.entries() > 0) {
            parts.add("e AS (" + Sql.insert("crm_points_entry", LedgerSql.ENTRY_COLUMNS, shape.entries()) + " RETURNING 1)");
        }
        if (shape.receipt()) {
            parts.add("r AS (" + LedgerSql.INSERT_RECEIPT + " RETURNING 1)");
        }
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < shape.accounts(); i++) {
            parts.add("a" + i + " AS (" + LedgerSql.UPDATE_ACCOUNT + " RETURNING 1)");
            // the database checks each version guard itself, so the statement can go with the unit's COMMIT
            checks.add(Dialect.expectRows("(SELECT COUNT(*) FROM a" + i + ")", 1, "'" + STALE_ACCOUNT + i + "'"));
        }
        if (checks.isEmpty()) {
            checks.add("0");
        }
        return "WITH " + String.join(", ", parts) + " SELECT " + String.join(", ", checks);
    }

    /**
     * What a write's statement text depends on: how many lots, holds, entries and accounts it
     * writes and whether it has a receipt.
     */
    private record Shape(int lots, int holds, int entries, boolean receipt, int accounts) {

        /** An everyday operation's shape, whose text is kept ({@link LedgerOneStatementWrite#texts}); a larger one's is built each time. */
        boolean common() {
            return lots <= 8 && holds <= 4 && entries <= 8 && accounts <= 2;
        }
    }
}
