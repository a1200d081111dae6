package org.crmkit.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Corrections after the fact: a refund's clawback, a transfer between members, a manual adjustment. */
final class CorrectingPoints {

    private final LedgerOperations ops;

    CorrectingPoints(LedgerOperations ops) {
        this.ops = ops;
    }

    /**
     * Claws back the points of a refunded order; see {@link RefundOrder}.
     *
     * @throws ValidationException if the amounts are not positive, in the programme's currency, at
     *     most 10^12, refunded at most the total
     * @throws LedgerRuleException if this order's refunds together would exceed its total
     */
    PointsReceipt refund(RefundOrder command) {
        ops.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (!command.refunded().currency().equals(command.orderTotal().currency())) {
            violations.add(Violation.of("refunded", command.refunded(), "must be in the order's currency " + command.orderTotal().currency()));
        } else if (command.refunded().compareTo(command.orderTotal()) > 0) {
            violations.add(Violation.of("refunded", command.refunded(), "must not exceed the order total " + command.orderTotal()));
        }
        Limits.checkAmount("orderTotal", command.orderTotal(), true, violations);
        Limits.checkAmount("refunded", command.refunded(), true, violations);
        ValidationException.throwIfAny(command, violations);
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), false, command.programmeId(),
                w -> {
            // an order earns only in the programme's currency (see earnForPurchase), so its total is in it too
            Currency currency = w.get(0).programme.earning().currency();
            if (!command.orderTotal().currency().equals(currency)) {
                ValidationException.throwIfAny(command, List.of(Violation.of("orderTotal", command.orderTotal(), "must be in the programme's currency " + currency)));
            }
            return new Refunds(w.get(0)).apply(command);
        });
    }

    /**
     * Gives points to another member of the tenant.
     *
     * @throws ValidationException if giver and receiver are the same
     * @throws InsufficientPointsException if the giver has fewer points available
     */
    PointsReceipt transfer(TransferPoints command) {
        ops.validator.check(command);
        if (command.recipientId().equals(command.customerId())) {
            ValidationException.throwIfAny(command, List.of(Violation.of("recipientId", command.recipientId(), "must differ from the giver")));
        }
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId(), command.recipientId()),
                true, command.programmeId(), w -> Transfers.apply(w.get(0), w.get(1), command));
    }

    /**
     * Adds or removes points by hand, with a reason and an actor.
     *
     * @throws ValidationException if the delta is zero
     * @throws InsufficientPointsException if removing more than is available
     */
    PointsReceipt adjust(AdjustPoints command) {
        ops.validator.check(command);
        if (command.delta() == 0) {
            ValidationException.throwIfAny(command, List.of(Violation.of("delta", 0, "must not be zero")));
        }
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), command.delta() > 0,
                command.programmeId(), w -> {
                    AccountWork work = w.get(0);
                    long points = Math.abs(command.delta());
                    List<LotMovement> lots;
                    if (command.delta() > 0) {
                        Instant expiresAt = work.programme.expiry().expiresAt(work.now, work.programme.zone()).orElse(null);
                        lots = List.of(new LotMovement(work.credit(points, null, false, work.now, expiresAt), points));
                        work.account.adjustIn(points);
                    } else {
                        LedgerOperations.requireAvailable(work, points);
                        lots = work.lots.takeAvailable(points);
                        work.account.adjustOut(points);
                    }
                    LedgerEntry entry = work.entry(EntryType.ADJUST, points, Long.signum(command.delta()), command.idempotencyKey(),
                            command.reason(), null, command.actor(), lots);
                    work.events.add(new PointsAdjusted(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                            command.delta(), command.reason(), command.actor()));
                    return LedgerOperations.receipt(command.idempotencyKey(), "ADJUST", work, points, null, 0, List.of(entry.entryId()), List.of());
                });
    }
}
