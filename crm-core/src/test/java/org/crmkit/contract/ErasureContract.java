package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerErasedException;
import org.crmkit.customer.CustomerExport;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: export shows everything held about a customer; erasure removes every piece of
 * personal data (PIPL, GDPR) but keeps what other contexts' totals rely on.
 */
public abstract class ErasureContract extends CustomerServiceFixture {

    private static final String NAME = "Zhang Wei 张伟";
    private static final String MOBILE = "+8613912345678";
    private static final String EMAIL = "zhang.wei@example.com";
    private static final String WECHAT = "wx_zhangwei_88";
    private static final String ADDRESS = "北京市朝阳区建国路 88 号";
    private static final String SUMMARY = "Zhang Wei called from 13912345678 about his order";

    private Customer zhang;

    @BeforeEach
    void aCustomerWithEveryKindOfPersonalData() {
        zhang = customers.register(aRegistration().id("member-77").displayName(NAME).sourceChannel(SourceChannel.CAMPAIGN)
                .contacts(ContactPoint.verified(ContactType.MOBILE, "139 1234 5678"), ContactPoint.of(ContactType.EMAIL, "Zhang.Wei@Example.com"),
                        ContactPoint.of(ContactType.WECHAT, WECHAT), ContactPoint.of(ContactType.POSTAL_ADDRESS, ADDRESS))
                .demographics(new Demographics(LocalDate.of(1985, 5, 5), Gender.MALE, "北京", "Beijing", "lawyer"))
                .preferences(Map.of("size", "XXL")).tags(Set.of("vip")).initialStage(LifecycleStage.ACTIVE).build());
        customers.recordConsent(new RecordConsent(tenant, zhang.id(), MarketingChannel.SMS, true));
        clock.advance(Duration.ofMinutes(1));
        customers.recordInteraction(anInteraction(tenant, zhang.id()).summary(SUMMARY).build());
        clock.advance(Duration.ofMinutes(1));
        customers.recordInteraction(anInteraction(tenant, zhang.id()).summary("asked for " + EMAIL).build());
    }

    @Test
    void an_export_before_erasure_holds_the_whole_profile_and_timeline() {
        // when
        CustomerExport export = customers.export(tenant, zhang.id());

        // then
        assertThat(export.erased()).isFalse();
        assertThat(export.exportedAt()).isEqualTo(clock.instant());
        assertThat(export.customer()).isEqualTo(customers.get(tenant, zhang.id()));
        assertThat(export.interactions()).extracting(Interaction::summary).containsExactly("asked for " + EMAIL, SUMMARY);
        assertThat(export.toDocument().toString()).contains(NAME, MOBILE, EMAIL, WECHAT, ADDRESS, SUMMARY, "lawyer", "XXL");
    }

    @Test
    void an_erased_customer_keeps_its_id_stage_and_source_but_no_personal_data() {
        // given
        clock.advance(Duration.ofDays(1));

        // when
        Customer erased = customers.erase(tenant, zhang.id());

        // then
        Customer read = customers.get(tenant, zhang.id());
        assertThat(read).isEqualTo(erased);
        assertThat(read.isErased()).isTrue();
        assertThat(read.erasedAt()).isEqualTo(clock.instant());
        assertThat(read.displayName()).isEqualTo(Customer.ERASED_NAME);
        assertThat(read.contacts()).isEmpty();
        assertThat(read.demographics().isUnknown()).isTrue();
        assertThat(read.preferences()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.consents()).isEmpty();
        assertThat(read.id()).isEqualTo(zhang.id());
        assertThat(read.stage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(read.sourceChannel()).isEqualTo(SourceChannel.CAMPAIGN);
        assertThat(read.createdAt()).isEqualTo(zhang.createdAt());
    }

    @Test
    void an_erased_customer_cannot_be_found_by_its_old_contacts_nor_seen_in_lists() {
        // when
        customers.erase(tenant, zhang.id());

        // then
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, MOBILE)).isEmpty();
        assertThat(customers.findByContact(tenant, ContactType.EMAIL, EMAIL)).isEmpty();
        assertThat(everyCustomerOf(tenant).toString()).doesNotContain(NAME, MOBILE, EMAIL, WECHAT, ADDRESS, "lawyer", "XXL");
    }

    @Test
    void erasure_replaces_every_interaction_summary() {
        // when
        customers.erase(tenant, zhang.id());

        // then
        List<Interaction> timeline = customers.interactions(tenant, zhang.id(), PageRequest.first(10)).items();
        assertThat(timeline).hasSize(2).extracting(Interaction::summary).containsOnly(Interaction.ERASED_SUMMARY);
    }

    @Test
    void an_export_after_erasure_says_so_and_holds_no_personal_data() {
        // given
        customers.erase(tenant, zhang.id());

        // when
        CustomerExport export = customers.export(tenant, zhang.id());

        // then
        assertThat(export.erased()).isTrue();
        assertThat(export.interactions()).hasSize(2);
        String document = export.toDocument().toString();
        assertThat(document).doesNotContain(NAME, "Zhang", "张伟", MOBILE, "13912345678", EMAIL, WECHAT, ADDRESS, "lawyer", "XXL");
        assertThat(document).contains(zhang.id().value(), Customer.ERASED_NAME);
    }

    @Test
    void an_erased_customers_mobile_and_email_can_be_registered_by_a_new_customer() {
        // given
        customers.erase(tenant, zhang.id());

        // when
        Customer newcomer = customers.register(aRegistration().displayName("New owner of the number")
                .contacts(ContactPoint.of(ContactType.MOBILE, MOBILE), ContactPoint.of(ContactType.EMAIL, EMAIL)).build());

        // then
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, "139 1234 5678")).contains(newcomer);
        assertThat(customers.findByContact(tenant, ContactType.EMAIL, EMAIL)).contains(newcomer);
    }

    @Test
    void erasing_twice_changes_nothing_the_second_time() {
        // given
        Customer first = customers.erase(tenant, zhang.id());
        drainEventsOfTenant();
        clock.advance(Duration.ofDays(1));

        // when
        Customer second = customers.erase(tenant, zhang.id());

        // then
        assertThat(second).isEqualTo(first);
        assertThat(customers.get(tenant, zhang.id())).isEqualTo(first);
        assertThat(drainEventsOfTenant()).isEmpty();
    }

    @Test
    void an_erased_profile_cannot_be_changed_any_more() {
        // given
        Customer erased = customers.erase(tenant, zhang.id());

        // when / then
        assertThatThrownBy(() -> customers.updateProfile(UpdateProfile.of(tenant, zhang.id()).withDisplayName(NAME)))
                .isInstanceOf(CustomerErasedException.class);
        assertThatThrownBy(() -> customers.addTags(ChangeTags.of(tenant, zhang.id(), "vip")))
                .isInstanceOf(CustomerErasedException.class);
        assertThatThrownBy(() -> customers.recordConsent(new RecordConsent(tenant, zhang.id(), MarketingChannel.SMS, true)))
                .isInstanceOf(CustomerErasedException.class);
        assertThatThrownBy(() -> customers.changeStage(ChangeStage.to(tenant, zhang.id(), LifecycleStage.LOYAL)))
                .isInstanceOf(CustomerErasedException.class);
        assertThatThrownBy(() -> customers.recordInteraction(anInteraction(tenant, zhang.id()).summary(SUMMARY).build()))
                .isInstanceOf(CustomerErasedException.class);
        assertThat(customers.get(tenant, zhang.id())).isEqualTo(erased);
        assertThat(customers.interactions(tenant, zhang.id(), PageRequest.first(10)).items())
                .extracting(Interaction::summary).containsOnly(Interaction.ERASED_SUMMARY);
    }
}
