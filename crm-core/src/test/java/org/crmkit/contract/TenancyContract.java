package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;
import static org.junit.jupiter.api.Named.named;

import java.util.List;
import java.util.stream.Stream;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerService;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: a tenant (this test's {@code tenant}, "A") can neither read nor change the customers
 * of another tenant ("B"), even knowing their id; B's data stays exactly as it was.
 */
public abstract class TenancyContract extends CustomerServiceFixture {

    /** Something tenant A tries to do to a customer of tenant B. */
    @FunctionalInterface
    interface Attempt {
        void run(CustomerService customers, TenantId tenantA, CustomerId customerOfB);
    }

    private final TenantId tenantB = Tenants.fresh();
    private Customer customerOfB;
    private List<Interaction> timelineOfB;

    @BeforeEach
    void tenantBHasACustomerWithATimeline() {
        customerOfB = customers.register(RegistrationBuilder.aRegistration(tenantB).id("shared-member-no")
                .displayName("Customer of B").contacts(ContactPoint.of(ContactType.MOBILE, "13800138000")).build());
        customers.recordInteraction(anInteraction(tenantB, customerOfB.id()).summary("B's private note").build());
        timelineOfB = customers.interactions(tenantB, customerOfB.id(), PageRequest.first(10)).items();
        Outboxes.drainAll(crm.outbox());
    }

    static Stream<Named<Attempt>> attemptsOnAnotherTenantsCustomer() {
        return Stream.of(
                named("get", (s, a, id) -> s.get(a, id)),
                named("update the profile", (s, a, id) -> s.updateProfile(UpdateProfile.of(a, id).withDisplayName("hijacked"))),
                named("update expecting its version", (s, a, id) -> s.updateProfile(UpdateProfile.of(a, id).withDisplayName("x").expectingVersion(0))),
                named("change the stage", (s, a, id) -> s.changeStage(ChangeStage.to(a, id, LifecycleStage.ACTIVE))),
                named("add a tag", (s, a, id) -> s.addTags(ChangeTags.of(a, id, "stolen"))),
                named("remove a tag", (s, a, id) -> s.removeTags(ChangeTags.of(a, id, "vip"))),
                named("record consent", (s, a, id) -> s.recordConsent(new RecordConsent(a, id, MarketingChannel.SMS, true))),
                named("record an interaction", (s, a, id) -> s.recordInteraction(anInteraction(a, id).build())),
                named("list the interactions", (s, a, id) -> s.interactions(a, id, PageRequest.first(10))),
                named("export", (s, a, id) -> s.export(a, id)),
                named("erase", (s, a, id) -> s.erase(a, id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attemptsOnAnotherTenantsCustomer")
    void another_tenants_customer_is_not_found_and_stays_unchanged(Attempt attempt) {
        // when / then
        assertThatThrownBy(() -> attempt.run(customers, tenant, customerOfB.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.id()).isEqualTo(customerOfB.id().value());
                    assertThat(e.getMessage()).contains(tenant.value()).doesNotContain(tenantB.value());
                });
        assertThat(customers.get(tenantB, customerOfB.id())).isEqualTo(customerOfB);
        assertThat(customers.interactions(tenantB, customerOfB.id(), PageRequest.first(10)).items()).isEqualTo(timelineOfB);
        assertThat(Outboxes.drainAll(crm.outbox())).noneMatch(e -> e.tenantId().equals(tenant) || e.tenantId().equals(tenantB));
    }

    @Test
    void another_tenants_customers_are_invisible_to_find_lookup_and_list() {
        // when / then
        assertThat(customers.find(tenant, customerOfB.id())).isEmpty();
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, "13800138000")).isEmpty();
        assertThat(everyCustomerOf(tenant)).isEmpty();
        assertThat(everyCustomerOf(tenantB)).containsExactly(customerOfB);
    }

    @Test
    void the_same_customer_id_and_mobile_may_exist_in_both_tenants_independently() {
        // given
        Customer customerOfA = customers.register(aRegistration().id("shared-member-no").displayName("Customer of A")
                .contacts(ContactPoint.of(ContactType.MOBILE, "138 0013 8000")).build());

        // when
        customers.addTags(ChangeTags.of(tenant, customerOfA.id(), "vip"));
        customers.erase(tenant, customerOfA.id());

        // then
        assertThat(customers.get(tenantB, customerOfB.id())).isEqualTo(customerOfB);
        assertThat(customers.findByContact(tenantB, ContactType.MOBILE, "13800138000")).contains(customerOfB);
        assertThat(customers.interactions(tenantB, customerOfB.id(), PageRequest.first(10)).items()).isEqualTo(timelineOfB);
    }
}
