package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseResolved;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.IllegalCaseTransitionException;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.loyalty.PointsEarned;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.testing.ProgrammeBuilder;
import org.junit.jupiter.api.Test;

/**
 * Resolutions, with goodwill points granted through the loyalty ledger in the same unit of work:
 * once per case and round whatever the replays, and never without the resolution or vice versa.
 */
public abstract class CaseResolutionContract extends CaseFixture {

    /** Set by a test to make the event publisher fail on the grant's points event, inside the unit of work. */
    private volatile boolean failGrants;

    @Override
    protected Crm.Builder configure(Crm.Builder builder) {
        return builder.eventPublisher(event -> {
            if (failGrants && event instanceof PointsEarned) {
                throw new IllegalStateException("injected failure while granting points");
            }
            storage().outbox().publish(event);
        });
    }

    private void definePointsProgramme() {
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
    }

    private long pointsOf(Case c) {
        return crm.loyalty().balance(tenant, c.customerId(), ProgrammeId.DEFAULT).available();
    }

    private ResolveCase compensation(Case c, long points) {
        return ResolveCase.of(tenant, c.id(), ResolutionOutcome.COMPENSATION, "sorry for the crushed parcel", AGENT).withGoodwill(points);
    }

    @Test
    void a_rejection_keeps_its_reason_and_grants_nothing() {
        // given
        Case c = inProgress(open());

        // when
        Case resolved = complaints.resolve(ResolveCase.of(tenant, c.id(), ResolutionOutcome.REJECTED,
                "returns of opened food are not accepted (food safety)", AGENT));

        // then
        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(resolved.resolution().outcome()).isEqualTo(ResolutionOutcome.REJECTED);
        assertThat(resolved.resolution().summary()).contains("food safety");
        assertThat(resolved.resolution().goodwillPoints()).isZero();
        assertThat(resolved.resolution().pointsEntry()).isNull();
        assertThat(reload(c)).isEqualTo(resolved);
    }

    @Test
    void goodwill_points_appear_once_even_if_the_resolve_is_replayed() {
        // given
        definePointsProgramme();
        Case c = inProgress(open());

        // when
        Case first = complaints.resolve(compensation(c, 500));
        clock.advance(Duration.ofMinutes(3));
        Case replay = complaints.resolve(compensation(c, 500));

        // then
        assertThat(replay).isEqualTo(first);
        assertThat(pointsOf(c)).isEqualTo(500);
        assertThat(crm.loyalty().statement(tenant, li, ProgrammeId.DEFAULT, PageRequest.first(10)).items()).hasSize(1);
        assertThat(first.resolution().pointsEntry()).isEqualTo("case:" + c.id().value() + ":goodwill:1");
        var events = drainEvents();
        assertThat(events).filteredOn(PointsEarned.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(CaseResolved.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CaseResolved) e).goodwillPoints()).isEqualTo(500));
    }

    @Test
    void another_resolution_of_a_resolved_case_is_refused() {
        // given
        definePointsProgramme();
        Case c = complaints.resolve(compensation(inProgress(open()), 500));

        // when / then
        assertThatThrownBy(() -> complaints.resolve(compensation(c, 800))).isInstanceOf(IllegalCaseTransitionException.class);
        assertThat(pointsOf(c)).isEqualTo(500);
    }

    @Test
    void an_unknown_programme_rolls_the_resolution_back() {
        // given: the tenant has no loyalty programme
        Case c = inProgress(open());
        int auditLines = auditOf(c).size();
        drainEvents();

        // when / then
        assertThatThrownBy(() -> complaints.resolve(compensation(c, 500)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("programme"));
        assertThat(reload(c)).isEqualTo(c);
        assertThat(auditOf(c)).hasSize(auditLines);
        assertThat(drainEvents()).isEmpty();
    }

    @Test
    void a_failure_while_granting_rolls_the_resolution_back_and_a_retry_grants_once() {
        // given
        definePointsProgramme();
        Case c = inProgress(open());
        failGrants = true;

        // when
        Throwable failure = catchThrowable(() -> complaints.resolve(compensation(c, 300)));
        Case unresolved = reload(c);
        failGrants = false;
        Case resolved = complaints.resolve(compensation(c, 300));

        // then
        assertThat(failure).hasMessageContaining("injected");
        assertThat(unresolved).isEqualTo(c);
        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(pointsOf(c)).isEqualTo(300);
        assertThat(drainEvents()).filteredOn(e -> e instanceof PointsEarned || e instanceof CaseResolved).hasSize(2);
    }

    @Test
    void a_case_resolved_again_after_a_reopen_grants_that_rounds_goodwill_too() {
        // given
        definePointsProgramme();
        Case c = complaints.resolve(compensation(inProgress(open()), 100));
        c = move(move(c, CaseStatus.REOPENED), CaseStatus.IN_PROGRESS);

        // when
        Case again = complaints.resolve(compensation(c, 200));

        // then
        assertThat(again.resolution().round()).isEqualTo(2);
        assertThat(again.resolution().pointsEntry()).endsWith(":goodwill:2");
        assertThat(pointsOf(c)).isEqualTo(300);
    }
}
