package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.Consent;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.CreditStanding;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through {@code Crm.customers()}: registering, finding, changing profiles, tags and
 * consent. Lifecycle, interactions, validation, tenancy, erasure, events and concurrency have
 * their own suites.
 */
public abstract class CustomerServiceContract extends CustomerServiceFixture {

    @Test
    void a_registered_customer_starts_at_version_zero_with_normalised_contacts_and_defaults() {
        // when
        Customer registered = customers.register(aRegistration()
                .displayName("  Li Lei  ")
                .contacts(ContactPoint.verified(ContactType.MOBILE, "138 0013 8000"), ContactPoint.of(ContactType.EMAIL, " Li@Example.COM "))
                .build());

        // then
        assertThat(registered.displayName()).isEqualTo("Li Lei");
        assertThat(registered.contacts()).containsExactly(
                ContactPoint.verified(ContactType.MOBILE, LI_MOBILE), ContactPoint.of(ContactType.EMAIL, LI_EMAIL));
        assertThat(registered.version()).isZero();
        assertThat(registered.stage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(registered.creditStanding()).isEqualTo(CreditStanding.GOOD);
        assertThat(registered.createdAt()).isEqualTo(clock.instant()).isEqualTo(registered.updatedAt());
        assertThat(registered.isErased()).isFalse();
        assertThat(customers.get(tenant, registered.id())).isEqualTo(registered);
    }

    @Test
    void a_registration_keeps_the_hosts_id_stage_standing_tags_and_preferences() {
        // when
        Customer registered = customers.register(aRegistration().id("member-0042")
                .initialStage(LifecycleStage.ACTIVE).creditStanding(CreditStanding.WATCH).sourceChannel(SourceChannel.OFFLINE_STORE)
                .tags(Set.of("vip", "store:sh-01")).preferences(Map.of("size", "M"))
                .demographics(new Demographics(LocalDate.of(1990, 1, 31), Gender.MALE, "浙江", "杭州", "teacher"))
                .build());

        // then
        assertThat(customers.get(tenant, CustomerId.of("member-0042")))
                .isEqualTo(registered)
                .satisfies(c -> {
                    assertThat(c.stage()).isEqualTo(LifecycleStage.ACTIVE);
                    assertThat(c.creditStanding()).isEqualTo(CreditStanding.WATCH);
                    assertThat(c.tags()).containsExactly("store:sh-01", "vip");
                    assertThat(c.preferences()).containsExactly(Map.entry("size", "M"));
                    assertThat(c.demographics().city()).isEqualTo("杭州");
                });
    }

    @Test
    void a_second_registration_with_the_same_id_is_refused() {
        // given
        customers.register(aRegistration().id("member-1").build());

        // when / then
        assertThatThrownBy(() -> customers.register(aRegistration().id("member-1").displayName("Han Meimei").build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("customer id"));
        assertThat(customers.get(tenant, CustomerId.of("member-1")).displayName()).isEqualTo("Li Lei");
    }

    @Test
    void a_registration_with_a_mobile_taken_in_any_format_is_refused_and_writes_nothing() {
        // given
        registerLiLei();

        // when / then
        assertThatThrownBy(() -> customers.register(aRegistration().displayName("Han Meimei")
                .contacts(ContactPoint.of(ContactType.MOBILE, "+86 138-0013-8000")).build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                    assertThat(e.field()).isEqualTo("mobile");
                    assertThat(e.getMessage()).doesNotContain("138");
                });
        assertThat(everyCustomerOf(tenant)).extracting(Customer::displayName).containsExactly("Li Lei");
    }

    @ParameterizedTest(name = "mobile typed as \"{0}\"")
    @ValueSource(strings = {"138 0013 8000", "13800138000", "+86 138-0013-8000", "0086 138 0013 8000", "(138) 0013.8000", " +8613800138000 "})
    void a_customer_is_found_by_mobile_typed_in_any_format(String typed) {
        // given
        Customer li = registerLiLei();

        // when / then
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, typed)).contains(li);
    }

    @ParameterizedTest(name = "email typed as \"{0}\"")
    @ValueSource(strings = {"Li@Example.COM", "li@example.com", "  LI@EXAMPLE.COM "})
    void a_customer_is_found_by_email_typed_in_any_case(String typed) {
        // given
        Customer li = registerLiLei();

        // when / then
        assertThat(customers.findByContact(tenant, ContactType.EMAIL, typed)).contains(li);
    }

    @Test
    void looking_up_by_a_contact_that_does_not_identify_anyone_is_refused() {
        // when / then
        assertThat(fieldsOf(validationErrorOf(() -> customers.findByContact(tenant, ContactType.WECHAT, "wx_li"))))
                .containsExactly("type");
    }

    @Test
    void an_unknown_customer_is_not_found() {
        // when / then
        assertThat(customers.find(tenant, CustomerId.of("nobody"))).isEmpty();
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, "13900139000")).isEmpty();
        assertThatThrownBy(() -> customers.get(tenant, CustomerId.of("nobody")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("nobody"));
    }

    @Test
    void a_profile_update_changes_only_the_given_parts_and_stamps_a_new_version() {
        // given
        Customer li = registerLiLei();
        clock.advance(Duration.ofMinutes(5));
        Demographics demographics = new Demographics(LocalDate.of(1992, 7, 1), Gender.UNDISCLOSED, "广东", "深圳", null);

        // when
        Customer updated = customers.updateProfile(UpdateProfile.of(tenant, li.id())
                .withDisplayName("李雷").withDemographics(demographics).withPreferences(Map.of("size", "L"))
                .withCreditStanding(CreditStanding.BAD));

        // then
        assertThat(updated.displayName()).isEqualTo("李雷");
        assertThat(updated.demographics()).isEqualTo(demographics);
        assertThat(updated.preferences()).containsExactly(Map.entry("size", "L"));
        assertThat(updated.creditStanding()).isEqualTo(CreditStanding.BAD);
        assertThat(updated.contacts()).isEqualTo(li.contacts());
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(updated.createdAt()).isEqualTo(li.createdAt());
        assertThat(customers.get(tenant, li.id())).isEqualTo(updated);
    }

    @Test
    void an_update_that_changes_nothing_keeps_the_version() {
        // given
        Customer li = registerLiLei();

        // when
        Customer same = customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName("Li Lei"));

        // then
        assertThat(same).isEqualTo(li);
        assertThat(customers.get(tenant, li.id()).version()).isZero();
    }

    @Test
    void an_update_expecting_an_old_version_is_stale_and_changes_nothing() {
        // given
        Customer li = registerLiLei();
        Customer v1 = customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName("Li Lei (edited)").expectingVersion(0));

        // when / then
        assertThatThrownBy(() -> customers.updateProfile(UpdateProfile.of(tenant, li.id()).withDisplayName("lost edit").expectingVersion(0)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.expectedVersion()).isZero());
        assertThat(customers.get(tenant, li.id())).isEqualTo(v1);
    }

    @Test
    void new_contacts_replace_the_old_ones_and_free_them_for_others() {
        // given
        Customer li = registerLiLei();

        // when
        customers.updateProfile(UpdateProfile.of(tenant, li.id()).withContacts(List.of(ContactPoint.of(ContactType.MOBILE, "139-0013-9000"))));
        Customer han = customers.register(aRegistration().displayName("Han Meimei").contacts(ContactPoint.of(ContactType.MOBILE, LI_MOBILE_TYPED)).build());

        // then
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, "13900139000")).map(Customer::id).contains(li.id());
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, LI_MOBILE)).contains(han);
        assertThat(customers.findByContact(tenant, ContactType.EMAIL, LI_EMAIL)).isEmpty();
    }

    @Test
    void an_update_to_another_customers_mobile_is_refused() {
        // given
        Customer li = registerLiLei();
        Customer han = customers.register(aRegistration().displayName("Han Meimei").contacts(ContactPoint.of(ContactType.MOBILE, "13900139000")).build());

        // when / then
        assertThatThrownBy(() -> customers.updateProfile(UpdateProfile.of(tenant, han.id()).withContacts(List.of(ContactPoint.of(ContactType.MOBILE, LI_MOBILE)))))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
        assertThat(customers.get(tenant, han.id())).isEqualTo(han);
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, LI_MOBILE)).contains(li);
    }

    @Test
    void tags_are_added_and_removed_ignoring_those_already_present_or_absent() {
        // given
        Customer li = registerLiLei();

        // when
        customers.addTags(ChangeTags.of(tenant, li.id(), "vip", "newsletter"));
        Customer unchanged = customers.addTags(ChangeTags.of(tenant, li.id(), "vip"));
        Customer afterRemove = customers.removeTags(ChangeTags.of(tenant, li.id(), "newsletter", "never-set"));

        // then
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(afterRemove.tags()).containsExactly("vip");
        assertThat(afterRemove.version()).isEqualTo(2);
        assertThat(customers.get(tenant, li.id()).hasTag("vip")).isTrue();
    }

    @Test
    void consent_decisions_are_stamped_with_the_clock_and_a_repeated_decision_changes_nothing() {
        // given
        Customer li = registerLiLei();
        Instant grantedAt = clock.advance(Duration.ofHours(1)).instant();
        customers.recordConsent(new RecordConsent(tenant, li.id(), MarketingChannel.SMS, true));
        Instant withdrawnAt = clock.advance(Duration.ofDays(3)).instant();

        // when
        Customer withdrawn = customers.recordConsent(new RecordConsent(tenant, li.id(), MarketingChannel.SMS, false));
        clock.advance(Duration.ofDays(1));
        Customer repeated = customers.recordConsent(new RecordConsent(tenant, li.id(), MarketingChannel.SMS, false));
        customers.recordConsent(new RecordConsent(tenant, li.id(), MarketingChannel.WECHAT, true));

        // then
        assertThat(grantedAt).isBefore(withdrawnAt);
        assertThat(withdrawn.consents().get(MarketingChannel.SMS)).isEqualTo(new Consent(MarketingChannel.SMS, false, withdrawnAt));
        assertThat(repeated).isEqualTo(withdrawn);
        Customer stored = customers.get(tenant, li.id());
        assertThat(stored.hasConsent(MarketingChannel.SMS)).isFalse();
        assertThat(stored.hasConsent(MarketingChannel.WECHAT)).isTrue();
        assertThat(stored.hasConsent(MarketingChannel.EMAIL)).isFalse();
        assertThat(stored.version()).isEqualTo(3);
    }
}
