package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.PluginKinds;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Stores or replaces a ladder whose metric and policy this instance can recreate, and forgets the cached one. */
final class DefiningLadders {

    private final TierContext ctx;

    DefiningLadders(TierContext ctx) {
        this.ctx = ctx;
    }

    void define(TierLadder ladder) {
        checkNotNull(ladder, "ladder");
        ctx.validator.check(ladder);
        LadderDefinition definition = LadderDefinition.of(ladder);
        List<Violation> problems = new ArrayList<>();
        PluginKinds.checkSpec(problems, "metric", definition.metric(), ctx.metrics::parse);
        PluginKinds.checkSpec(problems, "policy", definition.policy(), ctx.policies::parse);
        ValidationException.throwIfAny("TierLadder", problems);
        ctx.transactions.run(() -> ctx.memberships.saveLadder(definition));
        ctx.forgetLadder(ladder.tenantId(), ladder.programmeId());
    }
}
