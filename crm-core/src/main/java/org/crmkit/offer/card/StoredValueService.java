package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/**
 * Stored-value cards (gift cards, fuel cards, e-accounts): money balances kept by an append-only
 * ledger. Obtain it from {@code Crm.storedValue()}. Thread-safe.
 *
 * <p>Every money operation carries an idempotency key unique per tenant: replaying the same
 * command returns the first {@link CardReceipt} and changes nothing; the same key with other
 * content is refused with {@link org.crmkit.shared.IdempotencyKeyReusedException}. Bad input is
 * refused with one {@link org.crmkit.shared.ValidationException} listing every violation: amounts
 * must be more than zero (an initial balance may be zero) and at most 10^12 units, in the card's
 * currency ({@link Money} itself refuses more fraction digits than the currency has). Another
 * tenant's cards and payments behave as unknown ({@link NotFoundException}). An operation on a card
 * past its expiry is refused with {@link CardRuleException}, even before the expiry run zeroed it.
 * Each operation, with its entries, balances, receipt and events ({@link CardEvent}), is one unit of
 * work: all of it is stored or none.
 *
 * @since 0.2
 */
public final class StoredValueService {

    private final CardOperations ops;
    private final IssuingCards issuing;
    private final PayingWithCards paying;
    private final TransferringBetweenCards transferring;
    private final ExpiringCards expiring;
    private final CardReports reports;

    /**
     * Wires the service; {@code Crm.builder()} does this for you.
     *
     * @param zone the tenant's zone, in which expiry dates are counted
     */
    public StoredValueService(StoredValueCards cards, CustomerRepository customers, TransactionRunner transactions,
            EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.ops = new CardOperations(cards, customers, transactions, events, validator, clock, ids, zone);
        this.issuing = new IssuingCards(ops);
        this.paying = new PayingWithCards(ops);
        this.transferring = new TransferringBetweenCards(ops);
        this.expiring = new ExpiringCards(ops);
        this.reports = new CardReports(ops);
    }

    /**
     * Issues a card with its initial balance (an ISSUE entry, possibly of zero).
     *
     * @throws org.crmkit.shared.ValidationException if the command is invalid
     * @throws NotFoundException if the owner is not a customer of the tenant
     * @throws org.crmkit.shared.ConflictException if the tenant has a card with this id issued under another key
     */
    public CardReceipt issue(IssueCard command) {
        return ServiceCalls.call(() -> issuing.issue(checkNotNull(command, "command")));
    }

    /**
     * Adds money to an active card; under {@link CardExpiry.Kind#MONTHS_AFTER_LAST_TOP_UP} the expiry
     * moves to count from now.
     *
     * @throws NotFoundException if the card is not in the tenant
     * @throws CardRuleException if the card expired
     */
    public CardReceipt topUp(TopUpCard command) {
        return ServiceCalls.call(() -> issuing.topUp(checkNotNull(command, "command")));
    }

    /**
     * Pays for an order from an active card.
     *
     * @throws NotFoundException if the card is not in the tenant
     * @throws InsufficientCardBalanceException if the balance does not cover the amount
     * @throws CardRuleException if the card expired
     */
    public CardReceipt pay(PayWithCard command) {
        return ServiceCalls.call(() -> paying.pay(checkNotNull(command, "command")));
    }

    /**
     * Gives back part or all of a payment to its card.
     *
     * @throws NotFoundException if the tenant has no payment under the key
     * @throws CardRuleException if the amount exceeds what the payment has left to refund, or the card expired
     */
    public CardReceipt refund(RefundCardPayment command) {
        return ServiceCalls.call(() -> paying.refund(checkNotNull(command, "command")));
    }

    /**
     * Moves money between two active cards of the tenant in one currency, atomically.
     *
     * @throws NotFoundException if either card is not in the tenant
     * @throws InsufficientCardBalanceException if the giving card's balance does not cover the amount
     * @throws CardRuleException if either card expired
     */
    public CardReceipt transfer(TransferBetweenCards command) {
        return ServiceCalls.call(() -> transferring.transfer(checkNotNull(command, "command")));
    }

    /**
     * Expires every card of shard {@code shard} of {@code shards} (by {@link
     * StoredValueCard#shardHash}), of every tenant, whose expiry has come: each active card past its
     * expiry has its balance zeroed with an EXPIRE entry (none if it was empty), becomes {@link
     * CardStatus#EXPIRED} and publishes {@link CardExpired}, in a unit of work of its own. Safe to run
     * again and from several instances at once: nothing expires twice.
     *
     * @param shard 0 to {@code shards - 1}
     * @param shards at least 1
     * @return how many cards this call expired
     * @throws IllegalArgumentException if the shard is out of range
     */
    public int expireDue(int shard, int shards) {
        return ServiceCalls.call(() -> expiring.expireDue(null, shard, shards));
    }

    /**
     * Expires, as {@link #expireDue(int, int)} does, the due cards of one tenant only: every page
     * it reads names the tenant, so on a store distributed by tenant (Citus) it reads the one node
     * holding that tenant. Hosts that split jobs by tenant ({@link org.crmkit.shared.TenantSharding})
     * call it with shard 0 of 1 for each tenant of their job shard.
     *
     * @return how many of the tenant's cards this call expired
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public int expireDue(TenantId tenantId, int shard, int shards) {
        return ServiceCalls.call(() -> expiring.expireDue(checkNotNull(tenantId, "tenantId"), shard, shards));
    }

    /** The card, if it is in the tenant. */
    public Optional<StoredValueCard> card(TenantId tenantId, String cardId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(cardId, "cardId");
            return ops.transactions.inTransaction(() -> ops.cards.find(tenantId, cardId));
        });
    }

    /**
     * The card's balance: one row read, whatever its history.
     *
     * @throws NotFoundException if the card is not in the tenant
     */
    public Money balance(TenantId tenantId, String cardId) {
        return ServiceCalls.call(() ->
                card(tenantId, cardId).map(StoredValueCard::balance).orElseThrow(() -> new NotFoundException("card", tenantId, cardId)));
    }

    /** The payment made under {@code paymentKey}, with what was refunded of it, if it is in the tenant. */
    public Optional<CardPayment> payment(TenantId tenantId, String paymentKey) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(paymentKey, "paymentKey");
            return ops.transactions.inTransaction(() -> ops.cards.payment(tenantId, paymentKey));
        });
    }

    /**
     * A page of the card's entries, newest first; pass the page's cursor for the next (a keyset
     * page: each costs the same however deep).
     *
     * @throws NotFoundException if the card is not in the tenant
     */
    public Page<CardEntry> statement(TenantId tenantId, String cardId, PageRequest request) {
        return ServiceCalls.call(() -> {
            checkNotNull(request, "request");
            return ops.transactions.inTransaction(() -> {
                if (ops.cards.find(tenantId, cardId).isEmpty()) {
                    throw new NotFoundException("card", tenantId, cardId);
                }
                return ops.cards.statement(tenantId, cardId, request);
            });
        });
    }

    /** The customer's cards in the tenant, by card id (bearer cards belong to no one). */
    public List<StoredValueCard> cardsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return ops.transactions.inTransaction(() -> ops.cards.cardsOf(tenantId, customerId));
        });
    }

    /** The lifetime totals of the tenant's cards per currency; each {@link CardTotals#isConserved() is conserved}. */
    public List<CardTotals> totals(TenantId tenantId) {
        return ServiceCalls.call(() -> reports.totals(tenantId));
    }

    /**
     * The stored-value liability per currency: the outstanding balance now (what the merchant owes
     * its card holders) and what was issued, topped up, paid, refunded and expired at or after
     * {@code from} and before {@code until}.
     *
     * @throws org.crmkit.shared.ValidationException if {@code until} is not after {@code from}
     */
    public List<CardLiability> liability(TenantId tenantId, Instant from, Instant until) {
        return ServiceCalls.call(() -> reports.liability(tenantId, from, until));
    }
}
