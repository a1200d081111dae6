package org.crmkit.complaint;

import java.util.Objects;
import org.crmkit.loyalty.GrantPoints;

/**
 * Resolves a case and grants its goodwill points in the same unit of work: if the grant fails,
 * the resolution rolls back with it. The grant's idempotency key is derived from the case and the
 * resolution round, so a replayed resolve, or a race of two, grants once.
 */
final class Resolutions {

    private Resolutions() {}

    static Case resolve(CaseWork w, Case c, ResolveCase cmd) {
        int round = c.reopenCount() + 1;
        if (c.status().isResolved() && isReplay(c.resolution(), cmd, round)) {
            return c;
        }
        if (!c.status().canMoveTo(CaseStatus.RESOLVED)) {
            throw new IllegalCaseTransitionException(c.id(), c.number(), c.status(), CaseStatus.RESOLVED);
        }
        String pointsKey = null;
        if (cmd.goodwillPoints() > 0) {
            pointsKey = goodwillKey(c, round);
            w.ctx.loyalty.grant(new GrantPoints(c.tenantId(), c.customerId(), cmd.programme(), pointsKey, cmd.goodwillPoints(),
                    "goodwill for case " + c.number(), c.number(), cmd.actor()));
        }
        Case.Edit e = c.edit();
        e.status = CaseStatus.RESOLVED;
        e.resolution = new Resolution(cmd.outcome(), cmd.summary(), cmd.goodwillPoints(), cmd.goodwillPoints() > 0 ? cmd.programme() : null,
                pointsKey, cmd.actor(), w.now, round);
        e.times = c.times().resolved(w.now);
        e.sla = c.sla().pausedAt(w.now); // the resolve clock stands still unless the case is reopened
        Case resolved = e.done();
        w.audit(resolved, CaseAction.STATUS_CHANGED, c.status(), cmd.actor(), cmd.outcome() + ": " + cmd.summary());
        w.publish(new CaseResolved(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), c.customerId(), c.status(), cmd.outcome(),
                cmd.goodwillPoints(), round, cmd.actor()));
        return resolved;
    }

    /** The ledger key of a case's goodwill grant in one resolution round. */
    static String goodwillKey(Case c, int round) {
        return "case:" + c.id().value() + ":goodwill:" + round;
    }

    private static boolean isReplay(Resolution done, ResolveCase cmd, int round) {
        return done != null && done.round() == round && done.outcome() == cmd.outcome() && done.summary().equals(cmd.summary())
                && done.goodwillPoints() == cmd.goodwillPoints()
                && (cmd.goodwillPoints() == 0 || Objects.equals(done.programmeId(), cmd.programme()));
    }
}
