package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The skeleton every card operation runs in: the command checked, the cards locked in the order of
 * their ids, the replay check under the locks, the rules, then one write of cards, entries,
 * payments and receipt, and the events, all in one unit of work (retried as a whole when a
 * concurrent writer of the same idempotency key won).
 */
final class CardOperations {

    final StoredValueCards cards;
    final CustomerRepository customers;
    final TransactionRunner transactions;
    final CommandValidator validator;
    final IdGenerator ids;
    final ZoneId zone;
    private final EventPublisher events;
    private final Clock clock;

    CardOperations(StoredValueCards cards, CustomerRepository customers, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.cards = checkNotNull(cards, "cards");
        this.customers = checkNotNull(customers, "customers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.ids = checkNotNull(ids, "ids");
        this.zone = checkNotNull(zone, "zone");
    }

    /** What one operation is changing: the locked cards, new payments, events. */
    final class Work {
        final TenantId tenantId;
        final String key;
        final Instant now;
        final Map<String, CardChange> changes = new LinkedHashMap<>();
        final List<CardPayment> payments = new ArrayList<>();
        final List<DomainEvent> published = new ArrayList<>();

        private Work(TenantId tenantId, String key, Instant now) {
            this.tenantId = tenantId;
            this.key = key;
            this.now = now;
        }

        CardChange card(String cardId) {
            return changes.get(cardId);
        }

        String newId() {
            return ids.next().toString();
        }

        /**
         * Refuses the operation unless {@code amount} is in the card's currency.
         *
         * @throws ValidationException naming {@code field}
         */
        void requireCurrency(Object command, String field, Money amount, CardChange card) {
            if (!amount.currency().equals(card.before.currency())) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of(field, amount,
                        "must be in the currency of card " + card.cardId() + ", " + card.before.currency().getCurrencyCode())));
            }
        }

        /** Refuses the operation unless the card is active and not past its expiry. */
        void requireUsable(CardChange card) {
            StoredValueCard c = card.before;
            if (!c.usableAt(now)) {
                throw new CardRuleException("card " + c.cardId() + " expired at " + c.expiresAt() + " and takes no more operations"
                        + (c.status() == CardStatus.EXPIRED ? "" : " (its balance is zeroed by the next expiry run)"));
            }
        }

        /** Refuses a debit the card's balance does not cover. */
        void requireBalance(CardChange card, Money amount) {
            if (card.balance().compareTo(amount) < 0) {
                throw new InsufficientCardBalanceException(card.cardId(), amount, card.balance());
            }
        }
    }

    /**
     * Runs an operation on existing cards: locks them in the order of their ids, answers a replay
     * with the stored receipt, applies {@code operation}, stores everything and publishes the events.
     *
     * @throws NotFoundException if a card is not in the tenant
     */
    CardReceipt operate(TenantId tenantId, String key, Object command, List<String> cardIds, Function<Work, CardReceipt> operation) {
        String fingerprint = Fingerprint.of(command);
        Instant now = now();
        return UnitOfWork.retrying(transactions, () -> {
            Work work = new Work(tenantId, key, now);
            List<String> ids = cardIds.stream().sorted().distinct().toList();
            // the receipt is read under the card locks (in their round trip where the store can), so concurrent replays of one key
            // see each other
            LockedCards locked = cards.lockWithReceipt(tenantId, ids, key);
            for (int i = 0; i < ids.size(); i++) {
                String cardId = ids.get(i);
                StoredValueCard card = locked.cards().get(i).orElseThrow(() -> new NotFoundException("card", tenantId, cardId));
                work.changes.put(cardId, new CardChange(card, now, key));
            }
            Optional<CardReceipt> replay = replay(key, fingerprint, locked.receipt());
            if (replay.isPresent()) {
                return replay.get();
            }
            CardReceipt receipt = operation.apply(work);
            finish(work, List.of(), new StoredCardReceipt(fingerprint, receipt));
            return receipt;
        });
    }

    /**
     * Stores the work's changed cards, their entries and {@code createdEntries} (of a card just
     * inserted), the payments and the receipt (none for work without an idempotency key), then
     * publishes the events.
     */
    void finish(Work work, List<CardEntry> createdEntries, @Nullable StoredCardReceipt receipt) {
        List<StoredValueCard> changed = new ArrayList<>();
        List<CardEntry> entries = new ArrayList<>(createdEntries);
        for (CardChange change : work.changes.values()) {
            changed.add(change.next());
            if (change.entry() != null) {
                entries.add(change.entry());
            }
        }
        cards.write(new CardWrite(work.tenantId, changed, entries, work.payments, receipt));
        work.published.forEach(events::publish);
    }

    Work work(TenantId tenantId, String key, Instant now) {
        return new Work(tenantId, key, now);
    }

    /** The stored receipt if the key was used by this same request; refused if by another. */
    static Optional<CardReceipt> replay(String key, String fingerprint, Optional<StoredCardReceipt> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key, stored.get().receipt().operation());
        }
        return Optional.of(stored.get().receipt());
    }

    /**
     * Checks the command's constraints, its amount (if not null: positive unless {@code mayBeZero},
     * at most 10^12 units) and {@code more}, listing every violation in one exception.
     *
     * @throws ValidationException if anything is wrong
     */
    void check(Object command, String field, @Nullable Money amount, boolean mayBeZero, List<Violation> more) {
        List<Violation> violations = new ArrayList<>();
        try {
            validator.check(command);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        if (amount != null) {
            Limits.checkAmount(field, amount, !mayBeZero, violations);
        }
        violations.addAll(more);
        ValidationException.throwIfAny(command, violations);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
