package org.crmkit.offer.card;

import java.util.List;
import org.crmkit.shared.Money;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Moving money between two cards of one tenant and currency, atomically. */
final class TransferringBetweenCards {

    private final CardOperations ops;

    TransferringBetweenCards(CardOperations ops) {
        this.ops = ops;
    }

    CardReceipt transfer(TransferBetweenCards command) {
        List<Violation> more = command.fromCardId() != null && command.fromCardId().equals(command.toCardId())
                ? List.of(Violation.of("toCardId", command.toCardId(), "must be another card than fromCardId")) : List.of();
        ops.check(command, "amount", command.amount(), false, more);
        // both cards are locked in the order of their ids, so opposite transfers never deadlock
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.fromCardId(), command.toCardId()), work -> {
            CardChange from = work.card(command.fromCardId());
            CardChange to = work.card(command.toCardId());
            Money amount = command.amount();
            work.requireCurrency(command, "amount", amount, from);
            if (!to.before.currency().equals(from.before.currency())) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("toCardId", command.toCardId(),
                        "must hold the currency of card " + from.cardId() + ", " + from.before.currency().getCurrencyCode() + ", not "
                                + to.before.currency().getCurrencyCode())));
            }
            work.requireUsable(from);
            work.requireUsable(to);
            work.requireBalance(from, amount);
            CardEntry out = from.transferOut(amount, to.cardId(), work.newId());
            CardEntry in = to.transferIn(amount, from.cardId(), work.newId());
            work.published.add(new CardTransferred(ops.ids.next(), work.now, work.tenantId, from.cardId(), work.key, to.cardId(), amount));
            return new CardReceipt(work.key, "TRANSFER", from.cardId(), amount, to.cardId(), List.of(out.entryId(), in.entryId()),
                    from.balance(), work.now);
        });
    }
}
