package org.crmkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.loyalty.StoredReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * The ledger's rows both ways: each record as the parameters of the {@link LedgerSql} statement that
 * writes it, and each row read back as a record. Lot movements are stored as text, {@code
 * lotId:points,lotId:points}.
 */
final class LedgerRows {

    private LedgerRows() {}

    /** The account's key, as the parameters of {@link LedgerSql#WHERE_ACCOUNT}. */
    static List<Object> key(AccountRef ref) {
        return List.of(ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value());
    }

    /** The parameters of {@link LedgerSql#UPDATE_ACCOUNT}. */
    static List<Object> accountUpdate(PointsAccount a) {
        List<Object> values = new ArrayList<>(List.of(a.available(), a.pending(), a.held(), a.debt(), a.earned(), a.adjustedIn(),
                a.transferredIn(), a.redeemed(), a.expired(), a.reversed(), a.adjustedOut(), a.transferredOut(),
                Sql.timestamp(a.nextDueAt()), a.version()));
        values.addAll(key(a.ref()));
        values.add(a.version() - 1);
        return values;
    }

    /** The values of {@link LedgerSql#LOT_TABLE_COLUMNS}. */
    static List<Object> lot(PointsLot lot) {
        AccountRef ref = lot.account();
        return Arrays.asList(ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), lot.lotId(),
                Sql.text(lot.orderReference()), lot.original(), lot.remaining(), lot.earnedAt(), lot.availableAt(),
                Sql.timestamp(lot.expiresAt()), lot.status());
    }

    /** The values of {@link LedgerSql#HOLD_COLUMNS}. */
    static List<Object> hold(PointsHold hold) {
        AccountRef ref = hold.account();
        return Arrays.asList(ref.tenantId().value(), hold.holdId(), ref.customerId().value(), ref.programmeId().value(),
                hold.points(), Sql.text(hold.orderReference()), hold.createdAt(), hold.expiresAt(), hold.status(),
                encode(hold.lots()));
    }

    /** The values of {@link LedgerSql#ENTRY_COLUMNS}. */
    static List<Object> entry(LedgerEntry e) {
        AccountRef ref = e.account();
        return Arrays.asList(ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), e.sequence(),
                e.entryId(), e.type(), e.points(), e.direction(), e.at(), e.operationKey(), e.reason(), Sql.text(e.reference()),
                e.actor(), encode(e.lots()), e.availableAfter());
    }

    /** The parameters of {@link LedgerSql#INSERT_RECEIPT}. */
    static List<Object> receipt(TenantId tenantId, StoredReceipt receipt) {
        return List.of(tenantId.value(), receipt.receipt().operationKey(), receipt.fingerprint(), Json.write(receipt.receipt()));
    }

    /** An account from a row of {@link LedgerSql#ACCOUNT_COLUMNS}. */
    static PointsAccount account(ResultSet rs, AccountRef ref) throws SQLException {
        return new PointsAccount(ref, rs.getLong("available"), rs.getLong("pending"), rs.getLong("held"),
                rs.getLong("debt"), rs.getLong("earned"), rs.getLong("adjusted_in"), rs.getLong("transferred_in"),
                rs.getLong("redeemed"), rs.getLong("expired"), rs.getLong("reversed"), rs.getLong("adjusted_out"),
                rs.getLong("transferred_out"), Sql.instant(rs, "next_due_at"), rs.getLong("version"));
    }

    /** A lot of the account from a row of {@link LedgerSql#LOT_COLUMNS}. */
    static PointsLot lot(ResultSet rs, AccountRef ref) throws SQLException {
        return new PointsLot(ref, rs.getString("lot_id"), rs.getString("order_reference"), rs.getLong("original"),
                rs.getLong("remaining"), Sql.instant(rs, "earned_at"), Sql.instant(rs, "available_at"),
                Sql.instant(rs, "expires_at"), LotStatus.valueOf(rs.getString("status")));
    }

    /** A hold from a row of {@link LedgerSql#HOLD_COLUMNS}. */
    static PointsHold hold(ResultSet rs) throws SQLException {
        AccountRef ref = AccountRef.of(TenantId.of(rs.getString("tenant_id")), CustomerId.of(rs.getString("customer_id")),
                ProgrammeId.of(rs.getString("programme_id")));
        return new PointsHold(ref, rs.getString("hold_id"), rs.getLong("points"), rs.getString("order_reference"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), HoldStatus.valueOf(rs.getString("status")),
                decode(rs.getString("lots")));
    }

    /** An entry of the account from a row of {@link LedgerSql#ENTRY_COLUMNS}. */
    static LedgerEntry entry(ResultSet rs, AccountRef ref) throws SQLException {
        return new LedgerEntry(ref, rs.getString("entry_id"), rs.getLong("sequence"), EntryType.valueOf(rs.getString("entry_type")),
                rs.getLong("points"), rs.getInt("direction"), Sql.instant(rs, "at"), rs.getString("operation_key"),
                rs.getString("reason"), rs.getString("reference"), rs.getString("actor"), decode(rs.getString("lots")),
                rs.getLong("available_after"));
    }

    static String encode(List<LotMovement> movements) {
        StringBuilder out = new StringBuilder();
        for (LotMovement m : movements) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(m.lotId()).append(':').append(m.points());
        }
        return out.toString();
    }

    static List<LotMovement> decode(String text) {
        List<LotMovement> movements = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return movements;
        }
        for (String part : text.split(",")) {
            int colon = part.lastIndexOf(':');
            movements.add(new LotMovement(part.substring(0, colon), Long.parseLong(part.substring(colon + 1))));
        }
        return movements;
    }
}
