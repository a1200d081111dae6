package org.crmkit.value.history;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * The purchase history's part of a commerce fact: records purchases, refunds and cancellations and
 * keeps each customer's totals, once per order id and once per refund id. {@code ValueService}
 * wires and calls it (after validating each command); hosts call {@code crm.commerce()} or {@code
 * crm.value()}, which document the rules and the exceptions.
 *
 * @since 0.2
 */
public final class PurchaseBook {

    private final Purchases purchases;
    private final CustomerRepository customers;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;

    /** Wires the book to the history port, the customers it checks, and the unit of work, events, clock and id generator it uses. */
    public PurchaseBook(Purchases purchases, CustomerRepository customers, TransactionRunner transactions, EventPublisher events, Clock clock,
            IdGenerator ids) {
        this.purchases = purchases;
        this.customers = customers;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Records a validated purchase; a replay of its order id returns the stored one.
     *
     * @throws ValidationException for a future payment, lines not adding up, or another currency
     * @throws NotFoundException for an unknown customer
     * @throws ConflictException if the order id was recorded with other details
     */
    public PurchaseEntry record(RecordPurchase command) {
        // stored times keep microseconds: a replay must see the same instant as the first call
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = command.purchasedAt() == null ? now : command.purchasedAt().truncatedTo(ChronoUnit.MICROS);
        checkPurchase(command, at, now);
        Purchase purchase = new Purchase(command.tenantId(), command.customerId(), command.orderId(), at, command.paid(),
                Money.zero(command.paid().currency()), command.items(), command.paymentMethod(), command.channel(), command.programmeId());
        return UnitOfWork.retrying(transactions, () -> {
            Purchases.Insertion first = purchases.insertWithTotals(purchase);
            Optional<PurchaseSummary> totals = first.totalsBefore();
            if (totals.isEmpty() && first.insert() != Purchases.Insert.STORED) {
                // totals or a stored purchase prove the customer: customers are never deleted (erasure keeps the row)
                customers.requireExists(command.tenantId(), command.customerId());
            }
            boolean inserted = first.insert() == Purchases.Insert.NOT_TRIED ? purchases.insert(purchase)
                    : first.insert() == Purchases.Insert.STORED;
            if (!inserted) {
                Purchase stored = purchases.find(command.tenantId(), command.orderId()).orElseThrow();
                requireSameOrder(stored, command);
                return new PurchaseEntry(stored, true, totals.map(PurchaseSummary::orders).orElse(0L),
                        totals.map(PurchaseSummary::lastPurchaseAt).orElse(null));
            }
            if (totals.isPresent() && !totals.get().paid().currency().equals(command.paid().currency())) {
                throw new ValidationException("RecordPurchase", List.of(Violation.of("paid", command.paid(),
                        "must be in the customer's purchase currency " + totals.get().paid().currency())));
            }
            purchases.addToSummary(command.tenantId(), command.customerId(), at, 1, command.paid(), Money.zero(command.paid().currency()));
            events.publish(new PurchaseRecorded(ids.next(), now, command.tenantId(), command.customerId(), command.orderId(),
                    command.paid(), at));
            return new PurchaseEntry(purchase, false, totals.map(PurchaseSummary::orders).orElse(0L) + 1,
                    totals.map(PurchaseSummary::lastPurchaseAt).orElse(null));
        });
    }

    /**
     * Records a validated refund; a replay of its refund id returns the amount first recorded.
     *
     * @throws ValidationException for a future date, a date before the purchase or another currency
     * @throws NotFoundException if the order is not the customer's purchase
     * @throws RuleViolationException if more would be refunded than is left
     * @throws ConflictException if the refund id was used for another order
     */
    public RefundEntry refund(RecordRefund command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = command.refundedAt() == null ? now : command.refundedAt().truncatedTo(ChronoUnit.MICROS);
        List<Violation> violations = new ArrayList<>();
        if (at.isAfter(now)) {
            violations.add(Violation.of("refundedAt", at, "must not be after the current time " + now));
        }
        Limits.checkAmount("refunded", command.refunded(), true, violations);
        ValidationException.throwIfAny("RecordRefund", violations);
        return UnitOfWork.retrying(transactions, () -> {
            Purchase purchase = lockPurchase(command.tenantId(), command.customerId(), command.orderId());
            return apply(purchase, command.refundId(), command.refunded(), at, now);
        });
    }

    /**
     * Records a validated cancellation as a refund of what is left unrefunded.
     *
     * @throws ValidationException for a future date
     * @throws NotFoundException if the order is not the customer's purchase
     * @throws RuleViolationException if nothing is left and the order was not cancelled before
     */
    public RefundEntry cancel(CancelOrder command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = command.cancelledAt() == null ? now : command.cancelledAt().truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(now)) {
            ValidationException.throwIfAny("CancelOrder", List.of(Violation.of("cancelledAt", at, "must not be after the current time " + now)));
        }
        return UnitOfWork.retrying(transactions, () -> {
            Purchase purchase = lockPurchase(command.tenantId(), command.customerId(), command.orderId());
            Money left = purchase.net();
            if (left.isZero()) {
                Optional<RecordedRefund> earlier = purchases.refund(command.tenantId(), command.refundId());
                if (earlier.isPresent()) {
                    return replayOf(purchase, command.refundId(), earlier.get());
                }
                throw new RuleViolationException("order " + command.orderId() + " has nothing left to cancel: it was paid " + purchase.paid()
                        + " and " + purchase.refunded() + " was refunded");
            }
            return apply(purchase, command.refundId(), left, at, now);
        });
    }

    private Purchase lockPurchase(TenantId tenantId, CustomerId customerId, String orderId) {
        return purchases.lock(tenantId, orderId)
                .filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundException("purchase", tenantId, orderId));
    }

    /** Claims the refund id, then applies the refund; a claimed id is a replay. Runs in the caller's unit of work. */
    private RefundEntry apply(Purchase purchase, String refundId, Money refunded, Instant at, Instant now) {
        // the insert is the atomic claim of the refund id: a concurrent twin waits for it, then sees false here
        if (!purchases.insertRefund(purchase.tenantId(), refundId, purchase.orderId(), purchase.customerId(), refunded, at)) {
            RecordedRefund earlier = purchases.refund(purchase.tenantId(), refundId).orElseThrow();
            if (!earlier.orderId().equals(purchase.orderId())) {
                throw new ConflictException("refund " + refundId + " was already recorded for order " + earlier.orderId()
                        + ", not " + purchase.orderId() + "; use a new refund id");
            }
            return replayOf(purchase, refundId, earlier);
        }
        checkRefund(purchase, refundId, refunded, at); // a refusal rolls the claim back with the unit of work
        Purchase after = purchase.refund(refunded);
        purchases.updateRefunded(purchase.tenantId(), purchase.orderId(), after.refunded());
        purchases.addToSummary(purchase.tenantId(), purchase.customerId(), purchase.purchasedAt(), 0,
                Money.zero(refunded.currency()), refunded);
        events.publish(new PurchaseRefunded(ids.next(), now, purchase.tenantId(), purchase.customerId(), purchase.orderId(),
                refundId, refunded, after.fullyRefunded()));
        return new RefundEntry(after, false, refunded, at);
    }

    private static RefundEntry replayOf(Purchase purchase, String refundId, RecordedRefund earlier) {
        return new RefundEntry(purchase, true, Money.of(earlier.amount(), purchase.paid().currency(), RoundingMode.UNNECESSARY),
                earlier.refundedAt());
    }

    private static void checkPurchase(RecordPurchase c, Instant at, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (at.isAfter(now)) {
            violations.add(Violation.of("purchasedAt", at, "must not be after the current time " + now));
        }
        Limits.checkAmount("paid", c.paid(), false, violations);
        if (!c.items().isEmpty()) {
            Money sum = Money.zero(c.paid().currency());
            for (PurchaseItem item : c.items()) {
                if (!item.paid().currency().equals(c.paid().currency()) || item.paid().isNegative()) {
                    violations.add(Violation.of("items", item.sku() + " " + item.paid(), "must be paid in " + c.paid().currency()
                            + " and not negative"));
                    sum = null;
                    break;
                }
                sum = sum.plus(item.paid());
            }
            if (sum != null && !sum.equals(c.paid())) {
                violations.add(Violation.of("items", c.items().size() + " items, " + sum, "must add up to the paid amount " + c.paid()));
            }
        }
        ValidationException.throwIfAny("RecordPurchase", violations);
    }

    private static void checkRefund(Purchase p, String refundId, Money refunded, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (!refunded.currency().equals(p.paid().currency())) {
            violations.add(Violation.of("refunded", refunded, "must be in the purchase's currency " + p.paid().currency()));
        }
        if (at.isBefore(p.purchasedAt())) {
            violations.add(Violation.of("refundedAt", at, "must not be before the purchase at " + p.purchasedAt()));
        }
        ValidationException.throwIfAny("RecordRefund", violations);
        Money left = p.net();
        if (refunded.compareTo(left) > 0) {
            throw new RuleViolationException("refund " + refundId + " of " + refunded + " for order " + p.orderId()
                    + " exceeds what is left unrefunded, " + left + " (paid " + p.paid() + ", refunded " + p.refunded() + ")");
        }
    }

    private static void requireSameOrder(Purchase stored, RecordPurchase c) {
        boolean same = stored.customerId().equals(c.customerId()) && stored.paid().equals(c.paid())
                && stored.items().equals(c.items()) && Objects.equals(stored.programmeId(), c.programmeId())
                && (c.purchasedAt() == null || stored.purchasedAt().equals(c.purchasedAt().truncatedTo(ChronoUnit.MICROS)));
        if (!same) {
            throw new ConflictException("order " + c.orderId() + " was already recorded with other details (customer "
                    + stored.customerId().value() + ", paid " + stored.paid() + ", at " + stored.purchasedAt()
                    + "); an order id records one purchase");
        }
    }
}
