package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.SalesScene.cny;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmkit.customer.SourceChannel;
import org.crmkit.sales.AddLeadNote;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.ConvertLead;
import org.crmkit.sales.DisqualifyLead;
import org.crmkit.sales.Lead;
import org.crmkit.sales.LeadCaptured;
import org.crmkit.sales.LeadConverted;
import org.crmkit.sales.LeadNote;
import org.crmkit.sales.LeadQualified;
import org.crmkit.sales.LeadStatus;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.OpportunityOpened;
import org.crmkit.sales.QualifyLead;
import org.crmkit.sales.StageChange;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leads (寻找客源, 了解兴趣, 做好笔记): capture, notes, qualification, disqualification and conversion into a customer. */
public abstract class SalesLeadsContract {

    private SalesScene scene;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new SalesScene(storage());
        scene.events();
    }

    @Test
    void a_captured_lead_is_open_at_version_one_with_its_source_interests_first_note_and_owner() {
        // when
        Lead lead = scene.sales.capture(new CaptureLead(scene.tenant, "cap-1", "Wang Fang", "wang@example.com", "trade-fair",
                List.of("green tea", "gift boxes"), "liu", "wants 200 boxes before the holiday"));

        // then
        assertThat(scene.sales.lead(scene.tenant, lead.leadId())).contains(lead);
        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.version()).isEqualTo(1);
        assertThat(lead.interests()).containsExactly("green tea", "gift boxes");
        assertThat(lead.notes()).containsExactly(new LeadNote(scene.clock.instant(), "liu", "wants 200 boxes before the holiday"));
        assertThat(scene.events()).singleElement().isInstanceOfSatisfying(LeadCaptured.class, e -> {
            assertThat(e.leadId()).isEqualTo(lead.leadId());
            assertThat(e.source()).isEqualTo("trade-fair");
        });
    }

    @Test
    void replaying_a_capture_returns_the_same_lead_and_creates_nothing() {
        // given
        Lead first = scene.lead("cap-1", "web", "liu");
        scene.events();

        // when
        Lead again = scene.sales.capture(scene.capture("cap-1", "Wang Fang", "web", "liu"));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(scene.sales.leads(scene.tenant, PageRequest.first(10)).items()).containsExactly(first);
        assertThat(scene.events()).isEmpty();
    }

    @Test
    void a_capture_key_reused_for_another_lead_is_refused() {
        // given
        scene.lead("cap-1", "web", "liu");

        // when / then
        assertThatThrownBy(() -> scene.sales.capture(scene.capture("cap-1", "Zhao Lei", "web", "liu")))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("cap-1");
        assertThat(scene.sales.leads(scene.tenant, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void sixteen_concurrent_replays_of_one_capture_store_one_lead_and_all_get_it() throws Exception {
        // given
        List<Callable<Lead>> captures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            captures.add(() -> scene.sales.capture(scene.capture("cap-race", "Wang Fang", "web", "liu")));
        }

        // when
        SalesScene.Outcomes<Lead> outcomes = SalesScene.race(captures);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).extracting(Lead::leadId).containsOnly(outcomes.succeeded().get(0).leadId());
        assertThat(scene.sales.leads(scene.tenant, PageRequest.first(100)).items()).hasSize(1);
        assertThat(scene.events()).filteredOn(LeadCaptured.class::isInstance).hasSize(1);
    }

    @Test
    void a_note_is_added_against_the_current_version_and_a_stale_one_is_refused() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");
        scene.clock.advance(Duration.ofHours(1));

        // when
        Lead noted = scene.sales.addNote(new AddLeadNote(scene.tenant, lead.leadId(), 1, "liu", "called: prefers oolong"));

        // then
        assertThat(noted.version()).isEqualTo(2);
        assertThat(noted.notes()).extracting(LeadNote::text).containsExactly("met at the fair", "called: prefers oolong");
        assertThatThrownBy(() -> scene.sales.addNote(new AddLeadNote(scene.tenant, lead.leadId(), 1, "liu", "again")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(scene.sales.lead(scene.tenant, lead.leadId())).contains(noted);
    }

    @Test
    void qualifying_opens_an_opportunity_in_the_first_stage_with_the_leads_source_and_owner() {
        // given
        Lead lead = scene.lead("cap-1", "trade-fair", "liu");
        scene.events();

        // when
        Opportunity opportunity = scene.qualify(lead, "q-1");

        // then
        assertThat(opportunity.stage()).isEqualTo("QUALIFIED");
        assertThat(opportunity.leadId()).isEqualTo(lead.leadId());
        assertThat(opportunity.source()).isEqualTo("trade-fair");
        assertThat(opportunity.owner()).isEqualTo("liu");
        assertThat(opportunity.expectedValue()).isEqualTo(cny("5000.00"));
        Lead qualified = scene.sales.lead(scene.tenant, lead.leadId()).orElseThrow();
        assertThat(qualified.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(qualified.opportunityId()).isEqualTo(opportunity.opportunityId());
        assertThat(scene.sales.history(scene.tenant, opportunity.opportunityId()))
                .containsExactly(new StageChange(scene.tenant, opportunity.opportunityId(), 1, null, "QUALIFIED", scene.clock.instant()));
        assertThat(scene.events()).hasExactlyElementsOfTypes(OpportunityOpened.class, LeadQualified.class);
    }

    @Test
    void replaying_a_qualification_returns_its_opportunity_even_though_the_lead_moved_on() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");
        Opportunity first = scene.qualify(lead, "q-1");
        scene.events();

        // when
        Opportunity again = scene.qualify(lead, "q-1");

        // then
        assertThat(again).isEqualTo(first);
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).containsExactly(first);
        assertThat(scene.events()).isEmpty();
    }

    @Test
    void two_concurrent_qualifications_of_one_lead_under_different_keys_open_one_opportunity() throws Exception {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");

        // when
        SalesScene.Outcomes<Opportunity> outcomes = SalesScene.race(List.of(() -> scene.qualify(lead, "q-a"), () -> scene.qualify(lead, "q-b"),
                () -> scene.qualify(lead, "q-c"), () -> scene.qualify(lead, "q-d")));

        // then
        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.failed()).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOfAny(StaleVersionException.class,
                RuleViolationException.class));
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).containsExactlyElementsOf(outcomes.succeeded());
        assertThat(scene.sales.lead(scene.tenant, lead.leadId()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void a_disqualified_lead_keeps_its_reason_and_can_be_neither_qualified_nor_converted() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");

        // when
        Lead disqualified = scene.sales.disqualify(new DisqualifyLead(scene.tenant, lead.leadId(), 1, "no budget this year"));

        // then
        assertThat(disqualified.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(disqualified.disqualifyReason()).isEqualTo("no budget this year");
        assertThatThrownBy(() -> scene.qualify(disqualified, "q-1")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("DISQUALIFIED");
        assertThatThrownBy(() -> scene.sales.convert(new ConvertLead(scene.tenant, "conv-1", lead.leadId(), 2, null, SourceChannel.CAMPAIGN)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void converting_registers_a_customer_under_the_leads_name_through_the_customer_service_and_a_replay_returns_it() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");
        scene.events();

        // when
        Lead converted = scene.sales.convert(new ConvertLead(scene.tenant, "conv-1", lead.leadId(), 1, null, SourceChannel.CAMPAIGN));
        Lead replayed = scene.sales.convert(new ConvertLead(scene.tenant, "conv-1", lead.leadId(), 1, null, SourceChannel.CAMPAIGN));

        // then
        CustomerId customer = converted.customerId();
        assertThat(customer).isNotNull();
        assertThat(scene.crm.customers().get(scene.tenant, customer).displayName()).isEqualTo("Wang Fang");
        assertThat(replayed).isEqualTo(converted);
        assertThat(scene.events()).filteredOn(LeadConverted.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((LeadConverted) e).customerId()).isEqualTo(customer));
        assertThatThrownBy(() -> scene.sales.convert(new ConvertLead(scene.tenant, "conv-2", lead.leadId(), 2, null, SourceChannel.APP)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already converted");
    }

    @Test
    void converting_can_link_an_existing_customer_but_not_another_tenants() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");
        CustomerId existing = scene.customer("Wang Fang");
        CustomerId elsewhere = scene.crm.customers().register(org.crmkit.testing.RegistrationBuilder.aRegistration(scene.otherTenant)
                .displayName("Wang Fang").build()).id();

        // when
        assertThatThrownBy(() -> scene.sales.convert(new ConvertLead(scene.tenant, "conv-x", lead.leadId(), 1, elsewhere, SourceChannel.APP)))
                .isInstanceOf(NotFoundException.class);
        Lead converted = scene.sales.convert(new ConvertLead(scene.tenant, "conv-1", lead.leadId(), 1, existing, SourceChannel.APP));

        // then
        assertThat(converted.customerId()).isEqualTo(existing);
        assertThat(scene.crm.customers().list(scene.tenant, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void another_tenants_lead_behaves_as_unknown_to_every_command() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");

        // when / then
        assertThat(scene.sales.lead(scene.otherTenant, lead.leadId())).isEmpty();
        assertThatThrownBy(() -> scene.sales.addNote(new AddLeadNote(scene.otherTenant, lead.leadId(), 1, "liu", "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.qualify(new QualifyLead(scene.otherTenant, "q-1", lead.leadId(), 1, "t", cny("1.00"), 10, null,
                null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.disqualify(new DisqualifyLead(scene.otherTenant, lead.leadId(), 1, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.convert(new ConvertLead(scene.otherTenant, "c", lead.leadId(), 1, null, SourceChannel.APP)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.addNote(new AddLeadNote(scene.tenant, "no-such-lead", 1, "liu", "x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(scene.sales.lead(scene.tenant, lead.leadId())).contains(lead);
    }

    @Test
    void invalid_commands_are_refused_with_every_violation_and_nothing_written() {
        // when / then
        assertThatThrownBy(() -> scene.sales.capture(new CaptureLead(scene.tenant, "bad key", " ", "line\nbreak", "", List.of(""), "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("idempotencyKey", "name", "contact", "source", "owner", "note"));
        Lead lead = scene.lead("cap-1", "web", "liu");
        assertThatThrownBy(() -> scene.sales.qualify(new QualifyLead(scene.tenant, "q-1", lead.leadId(), 1, "t", cny("-1.00"), 101, null,
                LocalDate.of(10000, 1, 1)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("expectedValue", "probability", "dueDate"));
        assertThatThrownBy(() -> scene.sales.addNote(new AddLeadNote(scene.tenant, lead.leadId(), 0, "liu", "x".repeat(2001))))
                .isInstanceOf(ValidationException.class);
        assertThat(scene.sales.leads(scene.tenant, PageRequest.first(10)).items()).containsExactly(lead);
        assertThat(scene.sales.opportunities(scene.tenant, PageRequest.first(10)).items()).isEmpty();
    }
}
