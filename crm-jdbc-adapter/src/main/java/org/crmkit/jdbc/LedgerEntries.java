package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.StoredReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/**
 * The ledger's append-only records: entries, read back newest first in pages, and the receipts that
 * make an operation idempotent. Nothing here updates or deletes an entry, except erasure's rewrite of
 * its free-text reason.
 */
final class LedgerEntries {

    /** A receipt by tenant and idempotency key. */
    static final String SELECT_RECEIPT = "SELECT fingerprint, receipt FROM crm_points_receipt WHERE tenant_id = ? AND operation_key = ?";

    private final JdbcTransactions transactions;

    LedgerEntries(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    void append(LedgerEntry e) {
        transactions.withConnection(c -> Sql.update(c, LedgerSql.INSERT_ENTRY, LedgerRows.entry(e).toArray()));
    }

    /** A page of the account's entries, newest first; the cursor is the last sequence returned. */
    Page<LedgerEntry> statement(AccountRef ref, PageRequest request) {
        long before = request.cursorValue().map(CursorCodec::decodeLong).orElse(Long.MAX_VALUE);
        List<Object> params = new ArrayList<>(LedgerRows.key(ref));
        params.addAll(List.of(before, request.limit() + 1));
        return transactions.withConnection(c -> {
            List<LedgerEntry> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + LedgerSql.ENTRY_COLUMNS + " FROM crm_points_entry" + LedgerSql.WHERE_ACCOUNT
                    + " AND sequence < ? ORDER BY sequence DESC LIMIT ?", params.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(LedgerRows.entry(rs, ref));
                }
            }
            boolean more = items.size() > request.limit();
            List<LedgerEntry> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? CursorCodec.encode(Long.toString(page.get(page.size() - 1).sequence())) : null);
        });
    }

    Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT_RECEIPT, tenantId.value(), operationKey); ResultSet rs = s.executeQuery()) {
                return receipt(rs);
            }
        });
    }

    /** The receipt in the result of {@link #SELECT_RECEIPT}, if it has a row. */
    static Optional<StoredReceipt> receipt(ResultSet rs) throws SQLException {
        return rs.next() ? Optional.of(new StoredReceipt(rs.getString(1), Json.read(rs.getString(2), PointsReceipt.class))) : Optional.empty();
    }

    /** @throws DuplicateKeyException if the operation's idempotency key is taken */
    void saveReceipt(TenantId tenantId, StoredReceipt receipt) {
        transactions.withConnection(c -> {
            return Sql.insertUnique("points operation", "idempotency key", c, LedgerSql.INSERT_RECEIPT, LedgerRows.receipt(tenantId, receipt).toArray());
        });
    }

    /**
     * The one UPDATE of crm_points_entry: only the reason, for erasure (PostgreSQL's append-only
     * trigger lets exactly this through; see db/crmkit/postgresql/V002__postgresql.sql).
     */
    void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_points_entry SET reason = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND reason <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(), PersonalData.ERASED));
    }
}
