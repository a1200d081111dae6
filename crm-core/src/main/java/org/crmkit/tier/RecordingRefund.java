package org.crmkit.tier;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Takes a refund, at most the order's total and in its currency, off the member's metric. */
final class RecordingRefund {

    private final TierContext ctx;
    private final RecordingFacts facts;

    RecordingRefund(TierContext ctx, RecordingFacts facts) {
        this.ctx = ctx;
        this.facts = facts;
    }

    TierStatus record(RecordTierRefund command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        Instant at = TierChecks.checkTime(command, "refundedAt", command.refundedAt(), now);
        TierChecks.checkMoney(command, "orderTotal", command.orderTotal(), true);
        TierChecks.checkMoney(command, "refunded", command.refunded(), true);
        if (!command.refunded().currency().equals(command.orderTotal().currency())
                || command.refunded().amount().compareTo(command.orderTotal().amount()) > 0) {
            ValidationException.throwIfAny(command, List.of(Violation.of("refunded", command.refunded(),
                    "must be at most the order total " + command.orderTotal())));
        }
        return facts.record(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(),
                now, RecordingFacts.Reading.ALL, (ladder, work) -> {
            TierChecks.checkCurrency(command, "refunded", command.refunded(), ladder);
            long growth = GrowthRating.ofRefund(work.facts(), command);
            return new RecordingFacts.Rated(new MetricFact(command.tenantId(), command.customerId(), command.programmeId(),
                    command.idempotencyKey(), command.orderId(), -TierChecks.units(command.refunded()),
                    command.orderFullyRefunded() ? -1 : 0, -growth, at), List.of());
        });
    }
}
