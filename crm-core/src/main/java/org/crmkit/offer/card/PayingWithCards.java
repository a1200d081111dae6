package org.crmkit.offer.card;

import java.util.List;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.UnitOfWork;

/** Paying for an order from a card, and refunding a payment in one or several parts. */
final class PayingWithCards {

    private final CardOperations ops;

    PayingWithCards(CardOperations ops) {
        this.ops = ops;
    }

    CardReceipt pay(PayWithCard command) {
        ops.check(command, "amount", command.amount(), false, List.of());
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.cardId()), work -> {
            CardChange card = work.card(command.cardId());
            Money amount = command.amount();
            work.requireCurrency(command, "amount", amount, card);
            work.requireUsable(card);
            work.requireBalance(card, amount);
            CardEntry entry = card.pay(amount, command.orderReference(), work.newId());
            work.payments.add(new CardPayment(work.tenantId, work.key, card.cardId(), command.orderReference(), amount,
                    Money.zero(amount.currency())));
            work.published.add(new CardPaid(ops.ids.next(), work.now, work.tenantId, card.cardId(), work.key, command.orderReference(), amount,
                    card.balance()));
            return new CardReceipt(work.key, "PAY", card.cardId(), amount, null, List.of(entry.entryId()), card.balance(), work.now);
        });
    }

    CardReceipt refund(RefundCardPayment command) {
        ops.check(command, "amount", command.amount(), false, List.of());
        return UnitOfWork.retrying(ops.transactions, () -> {
            // the payment names its card; every refund of it locks that card before reading it again
            CardPayment seen = ops.cards.payment(command.tenantId(), command.paymentKey())
                    .orElseThrow(() -> new NotFoundException("card payment", command.tenantId(), command.paymentKey()));
            return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(seen.cardId()), work -> {
                CardChange card = work.card(seen.cardId());
                CardPayment payment = ops.cards.payment(work.tenantId, command.paymentKey()).orElseThrow();
                Money amount = command.amount();
                work.requireCurrency(command, "amount", amount, card);
                work.requireUsable(card);
                if (amount.compareTo(payment.refundable()) > 0) {
                    throw new CardRuleException("a refund of " + amount + " exceeds what payment " + payment.paymentKey() + " has left to refund: "
                            + payment.refundable() + " (it took " + payment.amount() + ", " + payment.refunded() + " refunded before)");
                }
                CardEntry entry = card.refund(amount, payment.paymentKey(), work.newId());
                work.payments.add(payment.refundedBy(amount));
                work.published.add(new CardRefunded(ops.ids.next(), work.now, work.tenantId, card.cardId(), work.key, payment.paymentKey(),
                        amount, card.balance()));
                return new CardReceipt(work.key, "REFUND", card.cardId(), amount, null, List.of(entry.entryId()), card.balance(), work.now);
            });
        });
    }
}
