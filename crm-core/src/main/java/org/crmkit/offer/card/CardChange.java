package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkState;

import java.time.Instant;
import java.time.ZoneId;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A mutable working copy of a {@link StoredValueCard} inside one operation. The balance changes
 * only through the movements below, each adding to the total it is named after, so every movement
 * keeps the card's equation (credits = debits + balance) in one place; each writes the card's one
 * entry of the operation.
 */
final class CardChange {

    final StoredValueCard before;
    private final Instant now;
    private final String operationKey;
    private Money balance;
    private Money toppedUp;
    private Money paid;
    private Money refunded;
    private Money expired;
    private Money transferredIn;
    private Money transferredOut;
    private CardStatus status;
    private Instant lastTopUpAt;
    private @Nullable Instant expiresAt;
    private @Nullable CardEntry entry;

    CardChange(StoredValueCard card, Instant now, String operationKey) {
        this.before = card;
        this.now = now;
        this.operationKey = operationKey;
        balance = card.balance();
        toppedUp = card.toppedUp();
        paid = card.paid();
        refunded = card.refunded();
        expired = card.expired();
        transferredIn = card.transferredIn();
        transferredOut = card.transferredOut();
        status = card.status();
        lastTopUpAt = card.lastTopUpAt();
        expiresAt = card.expiresAt();
    }

    Money balance() {
        return balance;
    }

    String cardId() {
        return before.cardId();
    }

    /** Money added; under an expiry counted from the last top-up, the expiry moves. */
    CardEntry topUp(Money amount, String entryId, ZoneId zone) {
        toppedUp = toppedUp.plus(amount);
        balance = balance.plus(amount);
        lastTopUpAt = now;
        expiresAt = before.expiry().expiresAt(before.issuedAt(), lastTopUpAt, zone).orElse(null);
        return entry(CardEntryType.TOP_UP, amount, null, entryId);
    }

    /** Money paid; the caller checked the balance covers it. */
    CardEntry pay(Money amount, String orderReference, String entryId) {
        paid = paid.plus(amount);
        balance = balance.minus(amount);
        return entry(CardEntryType.PAY, amount, orderReference, entryId);
    }

    /** Part of a payment given back. */
    CardEntry refund(Money amount, String paymentKey, String entryId) {
        refunded = refunded.plus(amount);
        balance = balance.plus(amount);
        return entry(CardEntryType.REFUND, amount, paymentKey, entryId);
    }

    /** Money sent to {@code toCardId}; the caller checked the balance covers it. */
    CardEntry transferOut(Money amount, String toCardId, String entryId) {
        transferredOut = transferredOut.plus(amount);
        balance = balance.minus(amount);
        return entry(CardEntryType.TRANSFER_OUT, amount, toCardId, entryId);
    }

    /** Money received from {@code fromCardId}. */
    CardEntry transferIn(Money amount, String fromCardId, String entryId) {
        transferredIn = transferredIn.plus(amount);
        balance = balance.plus(amount);
        return entry(CardEntryType.TRANSFER_IN, amount, fromCardId, entryId);
    }

    /** The card expires: its balance, if any, is zeroed with an entry. Returns the amount zeroed. */
    Money expire(String entryId) {
        Money left = balance;
        status = CardStatus.EXPIRED;
        if (!left.isZero()) {
            expired = expired.plus(left);
            balance = Money.zero(balance.currency());
            entry(CardEntryType.EXPIRE, left, null, entryId);
        }
        return left;
    }

    /** The entry written, if any. */
    @Nullable
    CardEntry entry() {
        return entry;
    }

    StoredValueCard next() {
        StoredValueCard b = before;
        return new StoredValueCard(b.tenantId(), b.cardId(), b.customerId(), b.currency(), status, b.expiry(), b.issuedAt(), lastTopUpAt,
                expiresAt, balance, b.issued(), toppedUp, paid, refunded, expired, transferredIn, transferredOut, b.version() + 1);
    }

    private CardEntry entry(CardEntryType type, Money amount, @Nullable String reference, String entryId) {
        checkState(entry == null, "an operation writes at most one entry per card");
        entry = new CardEntry(before.tenantId(), before.cardId(), before.version() + 1, entryId, type, amount, operationKey, reference,
                balance, now);
        return entry;
    }
}
