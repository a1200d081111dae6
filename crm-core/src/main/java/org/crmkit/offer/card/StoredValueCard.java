package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.time.Instant;
import java.util.Currency;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A stored-value card as its row holds it: the balance and the lifetime totals of every kind of
 * movement, all in the card's currency, updated in the same unit of work as each ledger entry. So a
 * balance read is one row however long the card's history, and {@link #isConserved()} checks the
 * card's books without reading its entries.
 *
 * @param tenantId the tenant
 * @param cardId the card's id or number, unique in the tenant
 * @param customerId the owner, or null for a bearer card (a gift card whoever holds it may spend)
 * @param currency the currency of every amount
 * @param status active or expired
 * @param expiry the expiry policy
 * @param issuedAt when it was issued
 * @param lastTopUpAt the last top-up, or the issue before any
 * @param expiresAt when its balance expires under {@code expiry}, or null if never
 * @param balance what the holder may spend, never negative
 * @param issued the initial balance
 * @param toppedUp money added since
 * @param paid money paid for orders
 * @param refunded money refunded from payments
 * @param expired money zeroed on expiry
 * @param transferredIn money received from other cards
 * @param transferredOut money sent to other cards
 * @param version starts at 1 on issue; one more after each change
 * @since 0.2
 */
public record StoredValueCard(
        TenantId tenantId, String cardId, @Nullable CustomerId customerId, Currency currency, CardStatus status, CardExpiry expiry,
        Instant issuedAt, Instant lastTopUpAt, @Nullable Instant expiresAt, Money balance, Money issued, Money toppedUp, Money paid,
        Money refunded, Money expired, Money transferredIn, Money transferredOut, long version) {

    /** Checks that every amount is in the card's currency and the balance is not negative. */
    public StoredValueCard {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(cardId, "cardId");
        checkNotNull(currency, "currency");
        checkNotNull(status, "status");
        checkNotNull(expiry, "expiry");
        checkNotNull(issuedAt, "issuedAt");
        checkNotNull(lastTopUpAt, "lastTopUpAt");
        for (Money m : new Money[] {balance, issued, toppedUp, paid, refunded, expired, transferredIn, transferredOut}) {
            checkArgument(m != null && m.currency().equals(currency), "every amount of card %s must be in %s, not %s", cardId, currency, m);
        }
        checkArgument(!balance.isNegative(), "the balance of card %s must not be negative but was %s", cardId, balance);
    }

    /** Credits = debits + balance: issued + topped up + refunded + transferred in = paid + expired + transferred out + balance. */
    public boolean isConserved() {
        return issued.plus(toppedUp).plus(refunded).plus(transferredIn)
                .equals(paid.plus(expired).plus(transferredOut).plus(balance));
    }

    /** Whether the card takes operations at {@code now}: active and not past its expiry. */
    public boolean usableAt(Instant now) {
        return status == CardStatus.ACTIVE && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Whether the expiry batch has work on this card at {@code now}. */
    public boolean dueAt(Instant now) {
        return status == CardStatus.ACTIVE && expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * A stable, non-negative hash of a card; its shard among {@code n} shards is {@code
     * shardHash(tenantId, cardId) % n}. Storages keep it with the card to select shards.
     */
    public static int shardHash(TenantId tenantId, String cardId) {
        return Hashing.murmur3_32_fixed().hashUnencodedChars(tenantId.value() + "/" + cardId).asInt() & Integer.MAX_VALUE;
    }
}
