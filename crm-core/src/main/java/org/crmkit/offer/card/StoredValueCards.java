package org.crmkit.offer.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the storage of stored-value cards, their append-only entries, payments and receipts. The
 * service keeps the ledger's rules; an implementation keeps the data and the locks. Every method
 * takes part in the storage's unit of work. The contract suites {@code StoredValue*Contract} in
 * crm-core's test jar pin it down.
 *
 * @since 0.2
 */
public interface StoredValueCards {

    /**
     * Creates a card unless the tenant has one with its id (after waiting for a concurrent creation
     * of that id to commit or roll back); a created card is locked until the end of the unit of work.
     *
     * @return true if this call created it
     */
    boolean insert(StoredValueCard card);

    /**
     * Reads the card and locks it until the end of the unit of work: concurrent units of work
     * locking the same card wait for each other. Operations on two cards lock them in the order of
     * their ids.
     */
    Optional<StoredValueCard> lock(TenantId tenantId, String cardId);

    /**
     * Locks the cards in the order given, as {@link #lock} does, then reads the receipt stored under
     * {@code operationKey}: what every operation on existing cards reads first, so that concurrent
     * replays of one key, which lock the same cards, see each other's receipt. A store may send it all
     * in one round trip; the receipt must still be read after the last lock is granted, never from a
     * snapshot taken before.
     *
     * @param tenantId the tenant of the cards and the key
     * @param cardIds the cards, in the order to lock them (by id, so that two operations cannot deadlock)
     * @param operationKey the operation's idempotency key
     * @return each card (empty where the tenant has none of that id) and the stored receipt, if any
     */
    default LockedCards lockWithReceipt(TenantId tenantId, List<String> cardIds, String operationKey) {
        List<Optional<StoredValueCard>> locked = new ArrayList<>(cardIds.size());
        for (int i = 0; i < cardIds.size(); i++) {
            locked.add(lock(tenantId, cardIds.get(i)));
        }
        return new LockedCards(locked, receipt(tenantId, operationKey));
    }

    /** Reads the card without locking: one row, whatever the history's length. */
    Optional<StoredValueCard> find(TenantId tenantId, String cardId);

    /** The payment made under {@code paymentKey}, if any. */
    Optional<CardPayment> payment(TenantId tenantId, String paymentKey);

    /**
     * Stores everything one operation changed: the cards (each one version up, else {@link
     * org.crmkit.shared.StaleVersionException}), the entries, the payments (new, or with more
     * refunded), then the receipt ({@link org.crmkit.shared.DuplicateKeyException} naming the
     * idempotency key if it is taken).
     */
    void write(CardWrite write);

    /** The receipt stored under an idempotency key of the tenant. */
    Optional<StoredCardReceipt> receipt(TenantId tenantId, String operationKey);

    /** The card's entries, newest first (by sequence, descending). */
    Page<CardEntry> statement(TenantId tenantId, String cardId, PageRequest request);

    /** The customer's cards, by card id. */
    List<StoredValueCard> cardsOf(TenantId tenantId, CustomerId customerId);

    /**
     * Up to {@code limit} active cards of the tenant, or of any tenant when {@code tenantId} is
     * null, whose expiry is at or before {@code now} and whose {@link StoredValueCard#shardHash
     * shard hash} modulo {@code shards} is {@code shard}, read without locking, soonest expiry
     * first. With a tenant the read names that tenant, so a distributed store reads only the node
     * holding it.
     */
    List<StoredValueCard> dueCards(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit);

    /** The lifetime totals of the tenant's cards, one per currency that has cards, by currency code. */
    List<CardTotals> totals(TenantId tenantId);

    /** The sums of the tenant's entries written at or after {@code from} and before {@code until}, by currency and type. */
    Map<Currency, List<CardEntryTotal>> entryTotals(TenantId tenantId, Instant from, Instant until);
}
