package org.crmkit.offer.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.Violation;

/** Issuing a card with its initial balance, and topping it up. */
final class IssuingCards {

    private final CardOperations ops;

    IssuingCards(CardOperations ops) {
        this.ops = ops;
    }

    CardReceipt issue(IssueCard command) {
        List<Violation> more = new ArrayList<>();
        if (command.expiry() != null && command.expiry().kind() != null && !command.expiry().consistent()) {
            more.add(Violation.of("expiry", command.expiry(), "NEVER takes 0 months, the other kinds 1 to 1200"));
        }
        ops.check(command, "initialBalance", command.initialBalance(), true, more);
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        String key = command.idempotencyKey();
        return UnitOfWork.retrying(ops.transactions, () -> {
            Optional<CardReceipt> replay = CardOperations.replay(key, fingerprint, ops.cards.receipt(tenantId, key));
            if (replay.isPresent()) {
                return replay.get();
            }
            if (command.customerId() != null) {
                ops.customers.requireExists(tenantId, command.customerId());
            }
            Money initial = command.initialBalance();
            Currency currency = initial.currency();
            Money zero = Money.zero(currency);
            StoredValueCard card = new StoredValueCard(tenantId, command.cardId(), command.customerId(), currency, CardStatus.ACTIVE,
                    command.expiry(), now, now, command.expiry().expiresAt(now, now, ops.zone).orElse(null), initial, initial, zero, zero,
                    zero, zero, zero, zero, 1);
            if (!ops.cards.insert(card)) {
                // a concurrent replay of this very issue may have created it meanwhile
                replay = CardOperations.replay(key, fingerprint, ops.cards.receipt(tenantId, key));
                return replay.orElseThrow(() -> new ConflictException("card " + command.cardId() + " already exists in tenant "
                        + tenantId.value() + "; issue the new card under another id"));
            }
            CardOperations.Work work = ops.work(tenantId, key, now);
            CardEntry entry = new CardEntry(tenantId, card.cardId(), 1, work.newId(), CardEntryType.ISSUE, initial, key, null, initial, now);
            CardReceipt receipt = new CardReceipt(key, "ISSUE", card.cardId(), initial, null, List.of(entry.entryId()), initial, now);
            work.published.add(new CardIssued(ops.ids.next(), now, tenantId, card.cardId(), key, command.customerId(), initial));
            ops.finish(work, List.of(entry), new StoredCardReceipt(fingerprint, receipt));
            return receipt;
        });
    }

    CardReceipt topUp(TopUpCard command) {
        ops.check(command, "amount", command.amount(), false, List.of());
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.cardId()), work -> {
            CardChange card = work.card(command.cardId());
            work.requireCurrency(command, "amount", command.amount(), card);
            work.requireUsable(card);
            CardEntry entry = card.topUp(command.amount(), work.newId(), ops.zone);
            work.published.add(new CardToppedUp(ops.ids.next(), work.now, work.tenantId, card.cardId(), work.key, command.amount(),
                    card.balance()));
            return new CardReceipt(work.key, "TOP_UP", card.cardId(), command.amount(), null, List.of(entry.entryId()), card.balance(),
                    work.now);
        });
    }
}
