package org.crmkit.tier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.earning.Contribution;
import org.crmkit.shared.Limits;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Adds a paid order to the member's metric, with the growth value the ladder's earning rules give it; an order counts once. */
final class RecordingPurchase {

    private final TierContext ctx;
    private final RecordingFacts facts;

    RecordingPurchase(TierContext ctx, RecordingFacts facts) {
        this.ctx = ctx;
        this.facts = facts;
    }

    TierStatus record(RecordTierPurchase command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        Instant at = TierChecks.checkTime(command, "paidAt", command.paidAt(), now);
        TierChecks.checkMoney(command, "paid", command.paid(), false);
        if (!GrowthRating.order(command, at).linesAddUp()) {
            ValidationException.throwIfAny(command, List.of(Violation.of("lines", command.lines().size() + " lines",
                    "must add up to the paid amount " + command.paid())));
        }
        return facts.record(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), command.orderId(),
                now, RecordingFacts.Reading.RECENT, ladder -> GrowthRating.countersFor(ladder, command, at), (ladder, work) -> {
            TierChecks.checkCurrency(command, "paid", command.paid(), ladder);
            if (work.countsOrder(command.orderId())) {
                throw new RuleViolationException("order " + command.orderId() + " already counts towards the tier metric of customer "
                        + command.customerId().value() + " under another key; replay that key instead (an order counts once)");
            }
            List<Contribution> growth = GrowthRating.ofPurchase(work, command, at, Optional.of(work.membership().effectiveTier(now)));
            long total = growth.stream().mapToLong(Contribution::points).sum();
            if (total > Limits.MAX_POINTS) {
                ValidationException.throwIfAny(command, List.of(Violation.of("paid", command.paid(), "would earn " + total
                        + " growth value, more than the " + Limits.MAX_POINTS + " one fact may add")));
            }
            return new RecordingFacts.Rated(new MetricFact(command.tenantId(), command.customerId(), command.programmeId(),
                    command.idempotencyKey(), command.orderId(), TierChecks.units(command.paid()), 1, total, at), growth);
        });
    }
}
