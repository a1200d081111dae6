package org.crmkit.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Claws back an order's points on a locked account: pending lots of the order first, then its
 * available lots, then what the programme's {@link DebtPolicy} says.
 */
final class Refunds {

    private final AccountWork work;

    Refunds(AccountWork work) {
        this.work = work;
    }

    PointsReceipt apply(RefundOrder command) {
        AccountRef ref = work.ref();
        TenantId tenant = ref.tenantId();
        PointsLedger ledger = work.ledger();
        String order = command.orderId();

        String refundedCounter = AccountCounters.name("refunded", ref, order);
        long refundedBefore = ledger.lockCounter(tenant, refundedCounter);
        long total = minorUnits(command.orderTotal());
        String totalCounter = AccountCounters.name("order-total", ref, order);
        long knownTotal = ledger.lockCounter(tenant, totalCounter);
        if (knownTotal != 0 && knownTotal != total) {
            throw new ValidationException("RefundOrder", List.of(Violation.of("orderTotal", command.orderTotal(),
                    "must be the total an earlier refund of order " + order + " gave, " + money(knownTotal, command.orderTotal()))));
        }
        ledger.setCounter(tenant, totalCounter, total);
        long refundedNow = refundedBefore + minorUnits(command.refunded());
        if (refundedNow > total) {
            throw new LedgerRuleException("refunds of order " + order + " would add up to " + money(refundedNow, command.orderTotal())
                    + ", more than its total " + command.orderTotal() + " (" + money(refundedBefore, command.orderTotal()) + " refunded before)");
        }
        ledger.setCounter(tenant, refundedCounter, refundedNow);

        List<PointsLot> orderLots = work.lots.ofOrder(order);
        long earned = orderLots.stream().mapToLong(PointsLot::original).sum();
        String claimedCounter = AccountCounters.name("reversed", ref, order);
        long claimedBefore = ledger.lockCounter(tenant, claimedCounter);
        long target = BigDecimal.valueOf(earned).multiply(BigDecimal.valueOf(refundedNow))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.DOWN).longValueExact();
        long due = Math.max(0, target - claimedBefore);
        ledger.setCounter(tenant, claimedCounter, claimedBefore + due);

        List<LotMovement> movements = new ArrayList<>();
        List<PointsLot> pending = orderLots.stream().filter(l -> l.status() == LotStatus.PENDING).toList();
        List<LotMovement> fromPending = work.lots.take(due, pending);
        long pendingTaken = sum(fromPending);
        movements.addAll(fromPending);

        List<PointsLot> available = orderLots.stream().filter(l -> l.status() == LotStatus.AVAILABLE).toList();
        List<LotMovement> fromOrder = work.lots.take(due - pendingTaken, available);
        long availableTaken = sum(fromOrder);
        movements.addAll(fromOrder);

        long missing = due - pendingTaken - availableTaken;
        long shortfall = 0;
        long debtAdded = 0;
        switch (work.programme.debtPolicy()) {
            case TAKE_FROM_OTHER_LOTS -> {
                long other = Math.min(missing, Math.max(0, work.account.available() + work.account.debt()));
                List<LotMovement> fromOthers = work.lots.takeAvailable(other);
                availableTaken += sum(fromOthers);
                movements.addAll(fromOthers);
                shortfall = missing - sum(fromOthers);
            }
            case ALLOW_NEGATIVE_BALANCE -> debtAdded = missing;
            case REPORT_SHORTFALL -> shortfall = missing;
        }
        long reversed = work.account.reverse(pendingTaken, availableTaken, debtAdded);

        List<String> entryIds = new ArrayList<>();
        if (reversed > 0) {
            String reason = "refund of " + command.refunded() + " of " + command.orderTotal()
                    + (shortfall > 0 ? "; " + shortfall + " points already spent" : "")
                    + (debtAdded > 0 ? "; " + debtAdded + " points owed" : "");
            entryIds.add(work.entry(EntryType.REVERSE, reversed, -1, command.idempotencyKey(), reason, order, "system", merge(movements)).entryId());
        }
        work.events.add(new PointsReversed(work.ids.next(), work.now, tenant, ref, command.idempotencyKey(), reversed, shortfall, debtAdded, order));
        return LedgerOperations.receipt(command.idempotencyKey(), "REFUND", work, reversed, null, shortfall, entryIds, List.of());
    }

    private static List<LotMovement> merge(List<LotMovement> movements) {
        java.util.Map<String, Long> byLot = new java.util.LinkedHashMap<>();
        movements.forEach(m -> byLot.merge(m.lotId(), m.points(), Long::sum));
        return byLot.entrySet().stream().map(e -> new LotMovement(e.getKey(), e.getValue())).toList();
    }

    private static long sum(List<LotMovement> movements) {
        return movements.stream().mapToLong(LotMovement::points).sum();
    }

    private static long minorUnits(Money money) {
        return money.amount().movePointRight(money.amount().scale()).longValueExact();
    }

    private static Money money(long minor, Money like) {
        return Money.of(BigDecimal.valueOf(minor, like.amount().scale()), like.currency());
    }
}
