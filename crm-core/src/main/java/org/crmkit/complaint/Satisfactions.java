package org.crmkit.complaint;

import java.util.Objects;

/** Records a case's satisfaction survey, and reopens it on a low score if the tenant's policy says so. */
final class Satisfactions {

    /** Who reopens a case on a low score, in the audit trail. */
    static final String LOW_SCORE_ACTOR = "system:csat";

    private Satisfactions() {}

    static Case record(CaseWork w, Case c, CasePolicy policy, RecordSatisfaction cmd) {
        if (!c.status().isResolved() || c.resolution() == null) {
            throw new SurveyRefusedException(c.id(), c.number(), c.status(), "surveys follow a resolution; resolve the case first");
        }
        int round = c.resolution().round();
        Satisfaction before = c.satisfaction();
        if (before != null && before.round() == round) {
            if (before.score() == cmd.score() && Objects.equals(before.comment(), cmd.comment())) {
                return c;
            }
            throw new SurveyRefusedException(c.id(), c.number(), c.status(), "this resolution was already rated " + before.score());
        }
        Case.Edit e = c.edit();
        e.satisfaction = new Satisfaction(cmd.score(), cmd.comment(), w.now, round);
        e.times = c.times().touched(w.now);
        Case rated = e.done();
        w.audit(rated, CaseAction.SATISFACTION_RECORDED, c.status(), "customer", "score " + cmd.score());
        w.publish(new SatisfactionRecorded(w.ctx.ids.next(), w.now, c.tenantId(), c.id(), c.number(), c.customerId(), cmd.score(), round));
        boolean low = cmd.score() <= policy.reopenAtOrBelowScore();
        if (low && rated.status() == CaseStatus.RESOLVED && Workflow.withinReopenWindow(rated, policy, w)) {
            return Workflow.move(w, rated, policy, CaseStatus.REOPENED, LOW_SCORE_ACTOR, "satisfaction score " + cmd.score());
        }
        return rated;
    }
}
