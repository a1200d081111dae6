package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardPayment;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.CardStatus;
import org.crmkit.offer.card.StoredCardReceipt;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/** The columns of the stored-value tables, and the mapping between their rows and the card types. */
final class CardRows {

    static final String CARD_COLUMNS = "tenant_id, card_id, customer_id, currency, status, expiry_kind, expiry_months, issued_at,"
            + " last_top_up_at, expires_at, due_at, balance, issued, topped_up, paid, refunded, expired, transferred_in, transferred_out,"
            + " version, shard_hash";
    static final String ENTRY_COLUMNS = "tenant_id, card_id, sequence, entry_id, entry_type, amount, currency, operation_key, reference,"
            + " balance_after, at";
    static final String PAYMENT_COLUMNS = "tenant_id, payment_key, card_id, order_reference, amount, refunded";
    static final String RECEIPT_COLUMNS = "tenant_id, operation_key, fingerprint, operation, card_id, amount, currency, counterpart_card_id,"
            + " entry_ids, balance_after, at";
    static final String WHERE_CARD = " WHERE tenant_id = ? AND card_id = ?";

    private CardRows() {}

    static Object[] card(StoredValueCard c) {
        return new Object[] {c.tenantId().value(), c.cardId(), Sql.text(c.customerId() == null ? null : c.customerId().value()),
                c.currency().getCurrencyCode(), c.status(), c.expiry().kind(), c.expiry().months(), c.issuedAt(), c.lastTopUpAt(),
                Sql.timestamp(c.expiresAt()), Sql.timestamp(c.status() == CardStatus.ACTIVE ? c.expiresAt() : null), c.balance().amount(),
                c.issued().amount(), c.toppedUp().amount(), c.paid().amount(), c.refunded().amount(), c.expired().amount(),
                c.transferredIn().amount(), c.transferredOut().amount(), c.version(), StoredValueCard.shardHash(c.tenantId(), c.cardId())};
    }

    /** The parameters of {@code UPDATE crm_card SET <changing columns> WHERE key AND version = previous}. */
    static Object[] cardUpdate(StoredValueCard c) {
        return new Object[] {c.status(), c.lastTopUpAt(), Sql.timestamp(c.expiresAt()),
                Sql.timestamp(c.status() == CardStatus.ACTIVE ? c.expiresAt() : null), c.balance().amount(), c.toppedUp().amount(),
                c.paid().amount(), c.refunded().amount(), c.expired().amount(), c.transferredIn().amount(), c.transferredOut().amount(),
                c.version(), c.tenantId().value(), c.cardId(), c.version() - 1};
    }

    static final String UPDATE_CARD = "UPDATE crm_card SET status = ?, last_top_up_at = ?, expires_at = ?, due_at = ?, balance = ?,"
            + " topped_up = ?, paid = ?, refunded = ?, expired = ?, transferred_in = ?, transferred_out = ?, version = ?"
            + WHERE_CARD + " AND version = ?";

    static StoredValueCard card(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        String customer = rs.getString("customer_id");
        return new StoredValueCard(TenantId.of(rs.getString("tenant_id")), rs.getString("card_id"),
                customer == null ? null : CustomerId.of(customer), currency, Sql.enumValue(rs, "status", CardStatus.class),
                new CardExpiry(Sql.enumValue(rs, "expiry_kind", CardExpiry.Kind.class), rs.getInt("expiry_months")),
                Sql.instant(rs, "issued_at"), Sql.instant(rs, "last_top_up_at"), Sql.instant(rs, "expires_at"),
                money(rs, "balance", currency), money(rs, "issued", currency), money(rs, "topped_up", currency), money(rs, "paid", currency),
                money(rs, "refunded", currency), money(rs, "expired", currency), money(rs, "transferred_in", currency),
                money(rs, "transferred_out", currency), rs.getLong("version"));
    }

    static Object[] entry(CardEntry e) {
        return new Object[] {e.tenantId().value(), e.cardId(), e.sequence(), e.entryId(), e.type(), e.amount().amount(),
                e.amount().currency().getCurrencyCode(), e.operationKey(), Sql.text(e.reference()), e.balanceAfter().amount(), e.at()};
    }

    static CardEntry entry(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        return new CardEntry(TenantId.of(rs.getString("tenant_id")), rs.getString("card_id"), rs.getLong("sequence"),
                rs.getString("entry_id"), Sql.enumValue(rs, "entry_type", CardEntryType.class), money(rs, "amount", currency),
                rs.getString("operation_key"), rs.getString("reference"), money(rs, "balance_after", currency), Sql.instant(rs, "at"));
    }

    static Object[] payment(CardPayment p) {
        return new Object[] {p.tenantId().value(), p.paymentKey(), p.cardId(), p.orderReference(), p.amount().amount(),
                p.refunded().amount()};
    }

    static CardPayment payment(ResultSet rs, Currency currency) throws SQLException {
        return new CardPayment(TenantId.of(rs.getString("tenant_id")), rs.getString("payment_key"), rs.getString("card_id"),
                rs.getString("order_reference"), money(rs, "amount", currency), money(rs, "refunded", currency));
    }

    static Object[] receipt(TenantId tenantId, StoredCardReceipt stored) {
        CardReceipt r = stored.receipt();
        return new Object[] {tenantId.value(), r.operationKey(), stored.fingerprint(), r.operation(), r.cardId(), r.amount().amount(),
                r.amount().currency().getCurrencyCode(), Sql.text(r.counterpartCardId()), String.join(",", r.entryIds()),
                r.balanceAfter().amount(), r.at()};
    }

    static StoredCardReceipt receipt(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        String ids = rs.getString("entry_ids");
        List<String> entryIds = ids.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(ids.split(",")));
        return new StoredCardReceipt(rs.getString("fingerprint"), new CardReceipt(rs.getString("operation_key"), rs.getString("operation"),
                rs.getString("card_id"), money(rs, "amount", currency), rs.getString("counterpart_card_id"), entryIds,
                money(rs, "balance_after", currency), Sql.instant(rs, "at")));
    }

    static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return Money.of(amount == null ? BigDecimal.ZERO : amount, currency);
    }
}
