package org.crmkit.tier;

import java.time.Instant;
import java.util.List;

/** Adds growth value for an activity, dated now, to the member's metric. */
final class GrantingGrowth {

    private final TierContext ctx;
    private final RecordingFacts facts;

    GrantingGrowth(TierContext ctx, RecordingFacts facts) {
        this.ctx = ctx;
        this.facts = facts;
    }

    TierStatus grant(GrantGrowth command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        return facts.record(command.tenantId(), command.customerId(), command.programmeId(), command.idempotencyKey(), null, now,
                RecordingFacts.Reading.RECENT,
                (ladder, work) -> new RecordingFacts.Rated(new MetricFact(command.tenantId(), command.customerId(), command.programmeId(),
                        command.idempotencyKey(), null, 0, 0, command.points(), now), List.of()));
    }
}
