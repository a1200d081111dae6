package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryTotal;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardPayment;
import org.crmkit.offer.card.CardTotals;
import org.crmkit.offer.card.CardWrite;
import org.crmkit.offer.card.LockedCards;
import org.crmkit.offer.card.StoredCardReceipt;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.offer.card.StoredValueCards;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.jspecify.annotations.Nullable;

/**
 * Stored-value cards over SQL. A card is locked with the dialect's locking read (a pessimistic row
 * lock, as for points accounts: paying from one card is a hot spot where optimistic retries would
 * mostly fail); its row holds the balance and totals, updated with each entry. Nothing here
 * updates or deletes an entry (PostgreSQL's trigger refuses both; see V011).
 */
final class JdbcStoredValueCards implements StoredValueCards {

    private static final String SELECT_CARD = "SELECT " + CardRows.CARD_COLUMNS + " FROM crm_card" + CardRows.WHERE_CARD;
    private static final String SELECT_PAYMENT = "SELECT p.tenant_id, p.payment_key, p.card_id, p.order_reference, p.amount, p.refunded,"
            + " c.currency FROM crm_card_payment p JOIN crm_card c ON c.tenant_id = p.tenant_id AND c.card_id = p.card_id"
            + " WHERE p.tenant_id = ? AND p.payment_key = ?";
    private static final String SELECT_RECEIPT = "SELECT " + CardRows.RECEIPT_COLUMNS + " FROM crm_card_receipt"
            + " WHERE tenant_id = ? AND operation_key = ?";
    private static final String INSERT_RECEIPT = Sql.insert("crm_card_receipt", CardRows.RECEIPT_COLUMNS, 1);
    /** What the database reports when the version guard of a write's card number N (from 0) finds the version moved: this and N. */
    private static final String STALE_CARD = "stale card ";
    private static final String SUMS = "COUNT(*), SUM(balance), SUM(issued), SUM(topped_up), SUM(paid), SUM(refunded), SUM(expired),"
            + " SUM(transferred_in), SUM(transferred_out)";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final boolean citus;
    private final Dialect.LockingRead lockCard;

    JdbcStoredValueCards(JdbcTransactions transactions, Dialect dialect, boolean citus) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.citus = citus;
        this.lockCard = dialect.lockingRead(SELECT_CARD, "UPDATE crm_card SET version = version" + CardRows.WHERE_CARD);
    }

    @Override
    public boolean insert(StoredValueCard card) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, Sql.insert("crm_card", CardRows.CARD_COLUMNS, 1), CardRows.card(card)));
    }

    @Override
    public Optional<StoredValueCard> lock(TenantId tenantId, String cardId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = lockCard.prepare(c, tenantId.value(), cardId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CardRows.card(rs)) : Optional.empty();
            }
        });
    }

    /**
     * On PostgreSQL in one round trip: the locking reads, then the receipt's read, which runs after
     * the last lock is granted with a snapshot of its own, so it sees a receipt that a concurrent
     * replay committed while this one waited. Where a lock is a touch and a read (H2), in turn.
     */
    @Override
    public LockedCards lockWithReceipt(TenantId tenantId, List<String> cardIds, String operationKey) {
        if (!dialect.sendsStatementsTogether() || lockCard.touch() != null || cardIds.isEmpty()) {
            return StoredValueCards.super.lockWithReceipt(tenantId, cardIds, operationKey);
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>(2 * cardIds.size() + 2);
        for (String cardId : cardIds) {
            sql.append(lockCard.query()).append("; ");
            params.add(tenantId.value());
            params.add(cardId);
        }
        sql.append(SELECT_RECEIPT);
        params.add(tenantId.value());
        params.add(operationKey);
        return transactions.withConnection(c -> {
            List<Optional<StoredValueCard>> locked = new ArrayList<>(cardIds.size());
            List<Optional<StoredCardReceipt>> receipt = new ArrayList<>(1);
            try (PreparedStatement s = Sql.prepare(c, sql.toString(), params.toArray())) {
                Sql.eachResult(s, cardIds.size() + 1, (part, rs) -> {
                    if (part < cardIds.size()) {
                        locked.add(rs.next() ? Optional.of(CardRows.card(rs)) : Optional.empty());
                    } else {
                        receipt.add(rs.next() ? Optional.of(CardRows.receipt(rs)) : Optional.empty());
                    }
                });
            }
            return new LockedCards(locked, receipt.get(0));
        });
    }

    @Override
    public Optional<StoredValueCard> find(TenantId tenantId, String cardId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT_CARD, tenantId.value(), cardId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CardRows.card(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<CardPayment> payment(TenantId tenantId, String paymentKey) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT_PAYMENT, tenantId.value(), paymentKey); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CardRows.payment(rs, Currency.getInstance(rs.getString("currency").trim()))) : Optional.empty();
            }
        });
    }

    /**
     * Where the dialect can, as one statement of data-modifying common table expressions, sent with
     * the unit's next statement or at its end together with the outbox rows (one round trip for the
     * whole write); otherwise one statement per kind of row. Either way the same version check and
     * the same refusal of a taken idempotency key.
     */
    @Override
    public void write(CardWrite write) {
        // not on Citus, where the CTEs would run as subplans through the coordinator (see LedgerOneStatementWrite)
        if (dialect.writesInOneStatement() && !citus) {
            writeInOneStatement(write);
            return;
        }
        transactions.withConnection(c -> {
            for (StoredValueCard card : write.cards()) {
                if (Sql.update(c, CardRows.UPDATE_CARD, CardRows.cardUpdate(card)) != 1) {
                    throw new StaleVersionException("card", card.cardId(), card.version() - 1);
                }
            }
            if (!write.entries().isEmpty()) {
                Sql.update(c, insertEntries(write), flatten(write.entries().stream().map(CardRows::entry).toList()));
            }
            if (!write.payments().isEmpty()) {
                Sql.update(c, upsertPayments(write), flatten(write.payments().stream().map(CardRows::payment).toList()));
            }
            if (write.receipt() != null) {
                Sql.insertUnique("card operation", "idempotency key", c, INSERT_RECEIPT, CardRows.receipt(write.tenantId(), write.receipt()));
            }
            return null;
        });
    }

    private void writeInOneStatement(CardWrite write) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!write.entries().isEmpty()) {
            parts.add("e AS (" + insertEntries(write) + " RETURNING 1)");
            write.entries().forEach(entry -> params.addAll(Arrays.asList(CardRows.entry(entry))));
        }
        if (!write.payments().isEmpty()) {
            parts.add("p AS (" + upsertPayments(write) + " RETURNING 1)");
            write.payments().forEach(payment -> params.addAll(Arrays.asList(CardRows.payment(payment))));
        }
        if (write.receipt() != null) {
            parts.add("r AS (" + INSERT_RECEIPT + " RETURNING 1)");
            params.addAll(Arrays.asList(CardRows.receipt(write.tenantId(), write.receipt())));
        }
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < write.cards().size(); i++) {
            parts.add("c" + i + " AS (" + CardRows.UPDATE_CARD + " RETURNING 1)");
            params.addAll(Arrays.asList(CardRows.cardUpdate(write.cards().get(i))));
            // the database checks each version guard itself, so the statement can go with the unit's COMMIT
            checks.add(Dialect.expectRows("(SELECT COUNT(*) FROM c" + i + ")", 1, "'" + STALE_CARD + i + "'"));
        }
        if (parts.isEmpty()) {
            return;
        }
        if (checks.isEmpty()) {
            checks.add("0");
        }
        String sql = "WITH " + String.join(", ", parts) + " SELECT " + String.join(", ", checks);
        transactions.deferStatement(new JdbcTransactions.DeferredStatement(sql, params.toArray(), JdbcTransactions.ANY_RESULT, e -> {
            if (Dialect.isUniqueViolationOf(e, "card_receipt_pk")) {
                return new DuplicateKeyException("card operation", "idempotency key");
            }
            int stale = Dialect.failedGuard(e, STALE_CARD);
            StoredValueCard card = stale < 0 ? null : write.cards().get(stale);
            return card == null ? null : new StaleVersionException("card", card.cardId(), card.version() - 1);
        }));
    }

    private static String insertEntries(CardWrite write) {
        return Sql.insert("crm_card_entry", CardRows.ENTRY_COLUMNS, write.entries().size());
    }

    private String upsertPayments(CardWrite write) {
        return dialect.upsert("crm_card_payment", CardRows.PAYMENT_COLUMNS, "tenant_id, payment_key", write.payments().size(), "refunded");
    }

    @Override
    public Optional<StoredCardReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, SELECT_RECEIPT, tenantId.value(), operationKey); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CardRows.receipt(rs)) : Optional.empty();
            }
        });
    }

    /** A page of the card's entries, newest first; the cursor is the last sequence returned. */
    @Override
    public Page<CardEntry> statement(TenantId tenantId, String cardId, PageRequest request) {
        long before = request.cursorValue().map(CursorCodec::decodeLong).orElse(Long.MAX_VALUE);
        return transactions.withConnection(c -> {
            List<CardEntry> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + CardRows.ENTRY_COLUMNS + " FROM crm_card_entry" + CardRows.WHERE_CARD
                    + " AND sequence < ? ORDER BY sequence DESC LIMIT ?", tenantId.value(), cardId, before, request.limit() + 1);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(CardRows.entry(rs));
                }
            }
            boolean more = items.size() > request.limit();
            List<CardEntry> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? CursorCodec.encode(Long.toString(page.get(page.size() - 1).sequence())) : null);
        });
    }

    @Override
    public List<StoredValueCard> cardsOf(TenantId tenantId, CustomerId customerId) {
        return cards("SELECT " + CardRows.CARD_COLUMNS + " FROM crm_card WHERE tenant_id = ? AND customer_id = ? ORDER BY card_id",
                tenantId.value(), customerId.value());
    }

    @Override
    public List<StoredValueCard> dueCards(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return cards("SELECT " + CardRows.CARD_COLUMNS + " FROM crm_card" + TenantFilter.where(tenantId, "due_at <= ? AND MOD(shard_hash, ?) = ?"
                + " ORDER BY due_at LIMIT ?"), TenantFilter.parameters(tenantId, now, shards, shard, limit));
    }

    @Override
    public List<CardTotals> totals(TenantId tenantId) {
        return transactions.withConnection(c -> {
            List<CardTotals> totals = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT currency, " + SUMS + " FROM crm_card WHERE tenant_id = ?"
                    + " GROUP BY currency ORDER BY currency", tenantId.value()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString(1).trim());
                    Money[] sums = new Money[8];
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = Money.of(rs.getBigDecimal(i + 3), currency);
                    }
                    totals.add(new CardTotals(currency, rs.getLong(2), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]));
                }
            }
            return totals;
        });
    }

    @Override
    public Map<Currency, List<CardEntryTotal>> entryTotals(TenantId tenantId, Instant from, Instant until) {
        return transactions.withConnection(c -> {
            Map<Currency, List<CardEntryTotal>> totals = new LinkedHashMap<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT currency, entry_type, SUM(amount) FROM crm_card_entry WHERE tenant_id = ?"
                    + " AND at >= ? AND at < ? GROUP BY currency, entry_type ORDER BY currency, entry_type", tenantId.value(), from, until);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString(1).trim());
                    totals.computeIfAbsent(currency, k -> new ArrayList<>()).add(new CardEntryTotal(
                            CardEntryType.valueOf(rs.getString(2)), Money.of(rs.getBigDecimal(3), currency)));
                }
            }
            return totals;
        });
    }

    private List<StoredValueCard> cards(String sql, Object... params) {
        return transactions.withConnection(c -> {
            List<StoredValueCard> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(CardRows.card(rs));
                }
            }
            return found;
        });
    }

    private static Object[] flatten(List<Object[]> rows) {
        List<Object> all = new ArrayList<>();
        rows.forEach(row -> all.addAll(Arrays.asList(row)));
        return all.toArray();
    }
}
