package org.crmkit.tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Sets a member's tier by hand until a moment, ending an override that already ran out first. */
final class Overriding {

    private final TierContext ctx;

    Overriding(TierContext ctx) {
        this.ctx = ctx;
    }

    TierStatus override(OverrideTier command) {
        ctx.validator.check(command);
        Instant now = ctx.now();
        return UnitOfWork.retrying(ctx.transactions, () -> {
            TierLadder ladder = ctx.ladderOf(command.tenantId(), command.programmeId());
            List<Violation> problems = new ArrayList<>();
            if (ladder.tier(command.tierCode()).isEmpty()) {
                problems.add(Violation.of("tierCode", command.tierCode(), "is not a tier of the ladder; tiers: "
                        + ladder.tiers().stream().map(Tier::code).toList()));
            }
            if (!command.until().isAfter(now)) {
                problems.add(Violation.of("until", command.until(), "must be after the current time " + now));
            }
            ValidationException.throwIfAny(command, problems);
            MemberWork work = ctx.join(ladder, command.tenantId(), command.customerId(), command.programmeId(), now);
            work.expireOverride(now);
            work.override(new TierOverride(command.tierCode(), command.reason(), command.actor(), command.until()), now);
            MemberWork.flushAll(ctx.memberships, List.of(work));
            return StatusView.of(work, now, List.of());
        });
    }
}
