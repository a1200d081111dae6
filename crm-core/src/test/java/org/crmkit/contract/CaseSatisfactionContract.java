package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseReopened;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.NpsRecorded;
import org.crmkit.complaint.NpsResponse;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.SatisfactionRecorded;
import org.crmkit.complaint.SurveyRefusedException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** Satisfaction surveys of resolved cases (CSAT 1-5), reopening on a low score, and opinion surveys (NPS 0-10). */
public abstract class CaseSatisfactionContract extends CaseFixture {

    private Case rate(Case c, int score) {
        return complaints.recordSatisfaction(new RecordSatisfaction(tenant, c.id(), score, "score " + score));
    }

    private void reopenAtOrBelow(int score) {
        complaints.definePolicy(policy().withReopen(Duration.ofDays(7), score));
    }

    @Test
    void a_rating_after_resolution_is_kept_audited_and_announced_and_a_replay_changes_nothing() {
        // given
        Case c = resolve(inProgress(open()));

        // when
        clock.advance(Duration.ofHours(3));
        Case rated = rate(c, 4);
        Case replay = rate(c, 4);

        // then
        assertThat(replay).isEqualTo(rated);
        assertThat(rated.satisfaction().score()).isEqualTo(4);
        assertThat(rated.satisfaction().comment()).isEqualTo("score 4");
        assertThat(rated.satisfaction().round()).isEqualTo(1);
        assertThat(rated.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(auditOf(c)).last().extracting(CaseAuditEntry::action).isEqualTo(CaseAction.SATISFACTION_RECORDED);
        assertThat(caseEventsOf(c)).filteredOn(SatisfactionRecorded.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((SatisfactionRecorded) e).score()).isEqualTo(4));
    }

    @Test
    void a_second_different_rating_of_one_resolution_is_refused() {
        Case c = rate(resolve(inProgress(open())), 5);
        assertThatThrownBy(() -> rate(c, 2)).isInstanceOf(SurveyRefusedException.class).hasMessageContaining("already rated 5");
        assertThat(reload(c).satisfaction().score()).isEqualTo(5);
    }

    @Test
    void a_closed_case_can_still_be_rated() {
        Case closed = move(resolve(inProgress(open())), CaseStatus.CLOSED);
        assertThat(rate(closed, 3).satisfaction().score()).isEqualTo(3);
    }

    @Test
    void a_low_score_reopens_the_case_when_the_policy_says_so() {
        // given
        reopenAtOrBelow(2);
        Case c = resolve(inProgress(open()));

        // when
        Case rated = rate(c, 1);

        // then
        assertThat(rated.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(rated.reopenCount()).isEqualTo(1);
        assertThat(rated.satisfaction().score()).isEqualTo(1);
        assertThat(rated.escalationLevel()).isEqualTo(1);
        assertThat(auditOf(c)).extracting(CaseAuditEntry::action, CaseAuditEntry::actor).endsWith(
                tuple(CaseAction.SATISFACTION_RECORDED, "customer"),
                tuple(CaseAction.STATUS_CHANGED, "system:csat"),
                tuple(CaseAction.ESCALATED, "system:csat"));
        assertThat(caseEventsOf(c)).filteredOn(CaseReopened.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CaseReopened) e).reason()).isEqualTo("satisfaction score 1"));
    }

    @Test
    void a_score_above_the_threshold_or_without_a_policy_does_not_reopen() {
        // given
        Case withoutPolicy = resolve(inProgress(open()));
        Case rated = rate(withoutPolicy, 1);
        reopenAtOrBelow(2);
        Case happy = resolve(inProgress(open()));

        // when
        Case ratedHappy = rate(happy, 3);

        // then
        assertThat(rated.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(ratedHappy.status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void a_low_score_after_the_reopen_window_or_on_a_closed_case_does_not_reopen() {
        // given
        reopenAtOrBelow(2);
        Case late = resolve(inProgress(open()));
        Case closed = move(resolve(inProgress(open())), CaseStatus.CLOSED);
        clock.advance(Duration.ofDays(8));

        // when
        Case ratedLate = rate(late, 1);
        Case ratedClosed = rate(closed, 1);

        // then
        assertThat(ratedLate.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(ratedClosed.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void opinion_survey_answers_are_kept_per_customer_newest_first_and_a_replay_changes_nothing() {
        // given
        complaints.recordNps(new RecordNps(tenant, li, "nps-2026-q1-li", 10, "fast delivery"));
        clock.advance(Duration.ofDays(30));
        NpsResponse second = complaints.recordNps(new RecordNps(tenant, li, "nps-2026-q2-li", 6, null));
        complaints.recordNps(new RecordNps(tenant, han, "nps-2026-q2-han", 8, null));

        // when
        NpsResponse replay = complaints.recordNps(new RecordNps(tenant, li, "nps-2026-q2-li", 0, "changed my mind"));

        // then
        assertThat(replay).isEqualTo(second);
        assertThat(complaints.npsOf(tenant, li)).extracting(NpsResponse::score).containsExactly(6, 10);
        assertThat(second.detractor()).isTrue();
        assertThat(drainEvents()).filteredOn(NpsRecorded.class::isInstance).hasSize(3);
    }

    @Test
    void an_opinion_survey_of_an_unknown_customer_is_not_found() {
        assertThatThrownBy(() -> complaints.recordNps(new RecordNps(tenant, CustomerId.of("ghost"), "nps-x", 9, null)))
                .isInstanceOf(NotFoundException.class);
    }
}
