package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerErased;
import org.crmkit.customer.CustomerEvent;
import org.crmkit.customer.CustomerProfileChanged;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionRecorded;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.LifecycleStageChanged;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * End to end: every change puts its event in the storage's outbox, in the same unit of work; a
 * change that does nothing or fails publishes nothing. Events carry ids and facts, never personal
 * data.
 */
public abstract class DomainEventsContract extends CustomerServiceFixture {

    @Test
    void registering_publishes_customer_registered() {
        // when
        Customer li = customers.register(aRegistration().sourceChannel(SourceChannel.REFERRAL).build());

        // then
        List<DomainEvent> events = drainEventsOfTenant();
        assertThat(events).singleElement().isInstanceOfSatisfying(CustomerRegistered.class, e -> {
            assertThat(e.customerId()).isEqualTo(li.id());
            assertThat(e.aggregateId()).isEqualTo(li.id().value());
            assertThat(e.sourceChannel()).isEqualTo(SourceChannel.REFERRAL);
            assertThat(e.stage()).isEqualTo(LifecycleStage.PROSPECT);
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
            assertThat(e.type()).isEqualTo("CustomerRegistered");
        });
    }

    @Test
    void a_profile_update_publishes_which_parts_changed_and_the_new_version() {
        // given
        Customer li = registerLiLei();
        drainEventsOfTenant();
        clock.advance(Duration.ofMinutes(1));

        // when
        customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName("李雷").withPreferences(Map.of("a", "b")));
        customers.addTags(ChangeTags.of(tenant, li.id(), "vip"));
        customers.recordConsent(new RecordConsent(tenant, li.id(), MarketingChannel.EMAIL, true));

        // then
        assertThat(drainEventsOfTenant()).map(e -> (CustomerProfileChanged) e)
                .extracting(CustomerProfileChanged::changed, CustomerProfileChanged::version)
                .containsExactly(
                        tuple(Set.of("displayName", "preferences"), 1L),
                        tuple(Set.of("tags"), 2L),
                        tuple(Set.of("consents"), 3L));
    }

    @Test
    void a_stage_change_publishes_from_to_and_reason() {
        // given
        Customer li = registerLiLei();
        drainEventsOfTenant();

        // when
        customers.changeStage(new ChangeStage(tenant, li.id(), LifecycleStage.QUALIFIED, "asked for a quote"));

        // then
        assertThat(drainEventsOfTenant()).singleElement().isInstanceOfSatisfying(LifecycleStageChanged.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.PROSPECT);
            assertThat(e.to()).isEqualTo(LifecycleStage.QUALIFIED);
            assertThat(e.reason()).isEqualTo("asked for a quote");
            assertThat(e.customerId()).isEqualTo(li.id());
        });
    }

    @Test
    void recording_an_interaction_publishes_it_without_the_summary() {
        // given
        Customer li = registerLiLei();
        drainEventsOfTenant();

        // when
        Interaction recorded = customers.recordInteraction(anInteraction(tenant, li.id()).summary("secret details").build());

        // then
        assertThat(drainEventsOfTenant()).singleElement().isInstanceOfSatisfying(InteractionRecorded.class, e -> {
            assertThat(e.interactionId()).isEqualTo(recorded.id());
            assertThat(e.toString()).doesNotContain("secret details");
        });
    }

    @Test
    void erasing_publishes_customer_erased() {
        // given
        Customer li = registerLiLei();
        drainEventsOfTenant();

        // when
        customers.erase(tenant, li.id());

        // then
        assertThat(drainEventsOfTenant()).singleElement().isInstanceOfSatisfying(CustomerErased.class,
                e -> assertThat(e.customerId()).isEqualTo(li.id()));
    }

    @Test
    void changes_that_do_nothing_or_fail_publish_nothing() {
        // given
        Customer li = registerLiLei();
        drainEventsOfTenant();

        // when
        customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName(li.displayName()));
        customers.changeStage(ChangeStage.to(tenant, li.id(), LifecycleStage.PROSPECT));
        customers.removeTags(ChangeTags.of(tenant, li.id(), "never-set"));
        try {
            customers.changeStage(ChangeStage.to(tenant, li.id(), LifecycleStage.CHURNED));
        } catch (RuntimeException expected) {
            // illegal move
        }

        // then
        assertThat(drainEventsOfTenant()).isEmpty();
    }

    @Test
    void a_customers_events_carry_no_personal_data() {
        // given
        Customer li = registerLiLei();

        // when
        customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName("Secret Name"));
        customers.changeStage(ChangeStage.to(tenant, li.id(), LifecycleStage.ACTIVE));
        customers.erase(tenant, li.id());

        // then
        List<DomainEvent> events = drainEventsOfTenant();
        assertThat(events).hasSize(4).allSatisfy(e -> {
            assertThat(e).isInstanceOf(CustomerEvent.class);
            assertThat(e.toString()).doesNotContain("Li Lei", "Secret Name", LI_MOBILE, "13800138000", LI_EMAIL);
        });
        assertThat(events).extracting(DomainEvent::eventId).doesNotHaveDuplicates();
    }
}
