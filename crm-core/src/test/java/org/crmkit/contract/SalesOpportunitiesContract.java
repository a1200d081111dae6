package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.SalesScene.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmkit.sales.DefineFunnel;
import org.crmkit.sales.FunnelDefined;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.OpenOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.OpportunityMoved;
import org.crmkit.sales.OpportunityStatus;
import org.crmkit.sales.PlanOpportunity;
import org.crmkit.sales.SalesFunnel;
import org.crmkit.sales.StageChange;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opportunities in the funnel: opening, stage moves with their history, plans, the tenant's own funnel, versions under contention. */
public abstract class SalesOpportunitiesContract {

    private SalesScene scene;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new SalesScene(storage());
        scene.events();
    }

    private Opportunity move(Opportunity o, String stage) {
        return scene.sales.move(new MoveOpportunity(scene.tenant, o.opportunityId(), o.version(), stage, null));
    }

    @Test
    void every_stage_change_is_recorded_with_its_time_forward_back_and_to_won() {
        // given
        Instant opened = scene.clock.instant();
        Opportunity o = scene.opportunity("open-1", "web", "liu", "8000.00");

        // when
        scene.clock.advance(Duration.ofDays(2));
        Instant proposed = scene.clock.instant();
        o = move(o, "PROPOSAL");
        scene.clock.advance(Duration.ofDays(1));
        Instant back = scene.clock.instant();
        o = move(o, "QUALIFIED");
        scene.clock.advance(Duration.ofDays(3));
        Instant won = scene.clock.instant();
        o = move(o, SalesFunnel.WON);

        // then
        String id = o.opportunityId();
        assertThat(scene.sales.history(scene.tenant, id)).containsExactly(
                new StageChange(scene.tenant, id, 1, null, "QUALIFIED", opened),
                new StageChange(scene.tenant, id, 2, "QUALIFIED", "PROPOSAL", proposed),
                new StageChange(scene.tenant, id, 3, "PROPOSAL", "QUALIFIED", back),
                new StageChange(scene.tenant, id, 4, "QUALIFIED", "WON", won));
        assertThat(o.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(o.probability()).isEqualTo(100);
        assertThat(o.stageEnteredAt()).isEqualTo(won);
        assertThat(scene.sales.opportunity(scene.tenant, id)).contains(o);
        assertThat(scene.events()).filteredOn(OpportunityMoved.class::isInstance).hasSize(3);
    }

    @Test
    void a_closed_opportunity_does_not_move_and_a_lost_one_keeps_its_reason() {
        // given
        Opportunity o = scene.opportunity("open-1", "web", "liu", "8000.00");

        // when
        Opportunity lost = scene.sales.move(new MoveOpportunity(scene.tenant, o.opportunityId(), 1, SalesFunnel.LOST, "went to a rival"));

        // then
        assertThat(lost.lostReason()).isEqualTo("went to a rival");
        assertThat(lost.probability()).isZero();
        assertThatThrownBy(() -> move(lost, "PROPOSAL")).isInstanceOf(RuleViolationException.class).hasMessageContaining("closed as LOST");
        assertThat(scene.sales.history(scene.tenant, o.opportunityId())).hasSize(2);
    }

    @Test
    void a_stage_outside_the_funnel_or_the_current_stage_is_refused_and_nothing_recorded() {
        // given
        Opportunity o = scene.opportunity("open-1", "web", "liu", "8000.00");

        // when / then
        assertThatThrownBy(() -> move(o, "DEMO")).isInstanceOf(RuleViolationException.class).hasMessageContaining("not in the funnel");
        assertThatThrownBy(() -> move(o, "QUALIFIED")).isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
        assertThat(scene.sales.history(scene.tenant, o.opportunityId())).hasSize(1);
        assertThat(scene.sales.opportunity(scene.tenant, o.opportunityId())).contains(o);
    }

    @Test
    void a_tenant_defines_its_own_funnel_and_new_opportunities_start_in_its_first_stage() {
        // when
        SalesFunnel funnel = scene.sales.defineFunnel(new DefineFunnel(scene.tenant, List.of("CONTACTED", "DEMO", "QUOTE")));
        Opportunity o = scene.opportunity("open-1", "web", "liu", "100.00");

        // then
        assertThat(scene.sales.funnel(scene.tenant)).isEqualTo(funnel);
        assertThat(scene.sales.funnel(scene.otherTenant)).isEqualTo(SalesFunnel.standard(scene.otherTenant));
        assertThat(o.stage()).isEqualTo("CONTACTED");
        assertThat(move(o, "DEMO").stage()).isEqualTo("DEMO");
        assertThat(scene.events()).filteredOn(FunnelDefined.class::isInstance).hasSize(1);
        assertThatThrownBy(() -> scene.sales.defineFunnel(new DefineFunnel(scene.tenant, List.of("A", "WON", "A"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("stages[1]", "stages[2]"));
        assertThat(scene.sales.funnel(scene.tenant)).isEqualTo(funnel);
    }

    @Test
    void a_plan_changes_owner_value_probability_and_next_action_against_the_current_version() {
        // given
        Opportunity o = scene.opportunity("open-1", "web", "liu", "8000.00");

        // when
        Opportunity planned = scene.sales.plan(new PlanOpportunity(scene.tenant, o.opportunityId(), 1, "zhao", cny("9500.50"), 60,
                "visit the buyer", LocalDate.of(2025, 6, 20)));

        // then
        assertThat(planned.owner()).isEqualTo("zhao");
        assertThat(planned.expectedValue()).isEqualTo(cny("9500.50"));
        assertThat(planned.probability()).isEqualTo(60);
        assertThat(planned.nextAction()).isEqualTo("visit the buyer");
        assertThat(planned.dueDate()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(planned.version()).isEqualTo(2);
        assertThat(scene.sales.history(scene.tenant, o.opportunityId())).hasSize(1);
        assertThatThrownBy(() -> scene.sales.plan(new PlanOpportunity(scene.tenant, o.opportunityId(), 1, "wu", cny("1.00"), 1, null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> scene.sales.plan(new PlanOpportunity(scene.tenant, o.opportunityId(), 2, "wu", Money.of("1.00", "USD"), 1,
                null, null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("CNY"));
        assertThat(scene.sales.opportunity(scene.tenant, o.opportunityId())).contains(planned);
    }

    @Test
    void sixteen_concurrent_moves_from_one_version_let_exactly_one_through_and_record_one_step() throws Exception {
        // given
        Opportunity o = scene.opportunity("open-1", "web", "liu", "8000.00");
        List<Callable<Opportunity>> moves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String stage = i % 2 == 0 ? "PROPOSAL" : "NEGOTIATION";
            moves.add(() -> move(o, stage));
        }

        // when
        SalesScene.Outcomes<Opportunity> outcomes = SalesScene.race(moves);

        // then
        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.failed()).hasSize(15).allSatisfy(e -> assertThat(e).isInstanceOf(StaleVersionException.class));
        Opportunity winner = outcomes.succeeded().get(0);
        assertThat(scene.sales.opportunity(scene.tenant, o.opportunityId())).contains(winner);
        assertThat(scene.sales.history(scene.tenant, o.opportunityId())).extracting(StageChange::toStage)
                .containsExactly("QUALIFIED", winner.stage());
        assertThat(scene.events()).filteredOn(OpportunityMoved.class::isInstance).hasSize(1);
    }

    @Test
    void concurrent_replays_of_one_opening_store_one_opportunity_and_a_reused_key_is_refused() throws Exception {
        // given
        List<Callable<Opportunity>> opens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            opens.add(() -> scene.opportunity("open-race", "web", "liu", "10.00"));
        }

        // when
        SalesScene.Outcomes<Opportunity> outcomes = SalesScene.race(opens);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).extracting(Opportunity::opportunityId).containsOnly(outcomes.succeeded().get(0).opportunityId());
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).hasSize(1);
        assertThatThrownBy(() -> scene.opportunity("open-race", "web", "liu", "11.00")).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void opening_for_an_unknown_or_another_tenants_customer_or_account_is_refused_and_their_opportunities_are_unknown() {
        // given
        CustomerId mine = scene.customer("Li Lei");
        Opportunity o = scene.opportunity("open-1", "web", "liu", "10.00");

        // when / then
        assertThatThrownBy(() -> scene.sales.open(new OpenOpportunity(scene.otherTenant, "k", "t", "liu", "web", mine, null, cny("1.00"), 1,
                null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.open(new OpenOpportunity(scene.tenant, "k", "t", "liu", "web", null, "no-account", cny("1.00"),
                1, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.move(new MoveOpportunity(scene.otherTenant, o.opportunityId(), 1, "PROPOSAL", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.plan(new PlanOpportunity(scene.otherTenant, o.opportunityId(), 1, "x", cny("1.00"), 1, null,
                null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.history(scene.otherTenant, o.opportunityId())).isInstanceOf(NotFoundException.class);
        assertThat(scene.sales.opportunities(scene.otherTenant, PageRequest.first(10)).items()).isEmpty();
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).containsExactly(o);
    }

    @Test
    void invalid_values_are_refused_with_every_violation_and_nothing_written() {
        // when / then
        assertThatThrownBy(() -> scene.sales.open(new OpenOpportunity(scene.tenant, "", "", "", "", null, "", Money.of("1000000000000.01",
                "CNY"), -1, "", LocalDate.of(1800, 1, 1)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("idempotencyKey", "title", "owner", "source", "accountId", "expectedValue",
                                "probability", "nextAction", "dueDate"));
        Opportunity o = scene.opportunity("open-1", "web", "liu", "10.00");
        assertThatThrownBy(() -> scene.sales.move(new MoveOpportunity(scene.tenant, o.opportunityId(), 0, "proposal", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("expectedVersion", "stage", "reason"));
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).containsExactly(o);
        assertThat(scene.sales.history(scene.tenant, o.opportunityId())).hasSize(1);
    }
}
