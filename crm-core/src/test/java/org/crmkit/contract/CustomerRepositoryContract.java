package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.CustomerBuilder.aCustomer;
import static org.crmkit.testing.CustomerBuilder.aFullyDescribedCustomer;
import static org.crmkit.testing.CustomerBuilder.nextVersionOf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.crmkit.customer.Consent;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.LifecycleState;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.StageMove;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.CustomerBuilder;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerRepository}. Subclass it for a storage; the storage may be shared
 * by every test, so each test works in a fresh tenant.
 */
public abstract class CustomerRepositoryContract {

    private final TenantId tenant = Tenants.fresh();

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @Test
    void a_stored_customer_can_be_found_by_id() {
        // given
        Customer customer = aCustomer(tenant).mobile("+8613800138000").build();

        // when
        insert(customer);

        // then
        assertThat(find(tenant, customer.id())).contains(customer);
    }

    @Test
    void a_customer_is_not_found_from_another_tenant() {
        // given
        Customer customer = aCustomer(tenant).mobile("+8613800138000").build();
        insert(customer);

        // when
        Optional<Customer> found = find(Tenants.fresh(), customer.id());

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void a_customer_is_found_by_each_identifying_contact_and_only_in_its_tenant() {
        // given
        Customer customer = aCustomer(tenant).mobile("+8613800138000").email("li@example.com").build();
        insert(customer);

        // when / then
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613800138000")).contains(customer);
        assertThat(findByContact(tenant, ContactType.EMAIL, "li@example.com")).contains(customer);
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613900139000")).isEmpty();
        assertThat(findByContact(Tenants.fresh(), ContactType.MOBILE, "+8613800138000")).isEmpty();
    }

    @Test
    void only_mobile_and_email_can_be_looked_up() {
        // when / then
        assertThatThrownBy(() -> findByContact(tenant, ContactType.WECHAT, "wx_li")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_customer_id_twice_in_a_tenant_is_refused() {
        // given
        Customer first = aCustomer(tenant).id("member-1").build();
        insert(first);

        // when / then
        assertThatThrownBy(() -> insert(aCustomer(tenant).id("member-1").displayName("Other").build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("customer id"));
        assertThat(find(tenant, first.id())).contains(first);
    }

    @Test
    void the_same_customer_id_in_two_tenants_is_fine() {
        // given
        TenantId other = Tenants.fresh();
        insert(aCustomer(tenant).id("member-1").build());

        // when
        insert(aCustomer(other).id("member-1").displayName("Someone else").build());

        // then
        assertThat(find(other, CustomerId.of("member-1"))).map(Customer::displayName).contains("Someone else");
        assertThat(find(tenant, CustomerId.of("member-1"))).map(Customer::displayName).contains("Li Lei");
    }

    @Test
    void a_mobile_taken_in_the_tenant_is_refused_and_nothing_is_stored() {
        // given
        insert(aCustomer(tenant).mobile("+8613800138000").build());
        Customer second = aCustomer(tenant).email("second@example.com").mobile("+8613800138000").build();

        // when / then
        assertThatThrownBy(() -> insert(second))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
        assertThat(find(tenant, second.id())).isEmpty();
        assertThat(findByContact(tenant, ContactType.EMAIL, "second@example.com")).isEmpty();
    }

    @Test
    void an_email_taken_in_the_tenant_is_refused() {
        // given
        insert(aCustomer(tenant).email("li@example.com").build());

        // when / then
        assertThatThrownBy(() -> insert(aCustomer(tenant).email("li@example.com").build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void the_same_mobile_in_two_tenants_is_fine() {
        // given
        TenantId other = Tenants.fresh();
        Customer here = aCustomer(tenant).mobile("+8613800138000").build();
        Customer there = aCustomer(other).mobile("+8613800138000").build();

        // when
        insert(here);
        insert(there);

        // then
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613800138000")).contains(here);
        assertThat(findByContact(other, ContactType.MOBILE, "+8613800138000")).contains(there);
    }

    @Test
    void an_update_with_the_next_version_replaces_the_profile() {
        // given
        Customer v0 = aCustomer(tenant).build();
        insert(v0);
        Customer v1 = nextVersionOf(v0).displayName("Li Lei (VIP)").tags("vip").build();

        // when
        update(v1);

        // then
        assertThat(find(tenant, v0.id())).contains(v1);
    }

    @Test
    void an_update_with_a_version_that_is_not_the_next_one_or_of_an_absent_customer_is_stale() {
        // given
        Customer v0 = aCustomer(tenant).build();
        insert(v0);
        update(nextVersionOf(v0).displayName("first writer").build());
        Customer lateWriter = nextVersionOf(v0).displayName("second writer").build();

        // when / then
        assertThatThrownBy(() -> update(lateWriter)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> update(CustomerBuilder.from(v0).version(5).build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> update(aCustomer(tenant).version(1).build())).as("absent customer")
                .isInstanceOf(StaleVersionException.class);
        assertThat(find(tenant, v0.id())).map(Customer::displayName).contains("first writer");
    }

    @Test
    void changing_contacts_frees_the_old_mobile_for_other_customers() {
        // given
        Customer v0 = aCustomer(tenant).mobile("+8613800138000").build();
        insert(v0);
        update(nextVersionOf(v0).contacts(ContactPoint.of(ContactType.MOBILE, "+8613900139000")).build());
        Customer newcomer = aCustomer(tenant).mobile("+8613800138000").build();

        // when
        insert(newcomer);

        // then
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613800138000")).contains(newcomer);
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613900139000")).map(Customer::id).contains(v0.id());
    }

    @Test
    void an_update_taking_another_customers_email_is_refused_and_keeps_the_old_profile() {
        // given
        insert(aCustomer(tenant).email("taken@example.com").build());
        Customer v0 = aCustomer(tenant).email("mine@example.com").build();
        insert(v0);

        // when / then
        assertThatThrownBy(() -> update(nextVersionOf(v0).contacts(ContactPoint.of(ContactType.EMAIL, "taken@example.com")).build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(find(tenant, v0.id())).contains(v0);
        assertThat(findByContact(tenant, ContactType.EMAIL, "mine@example.com")).contains(v0);
    }

    @Test
    void pages_list_the_tenants_customers_in_id_order_across_several_pages() {
        // given ids that sort alike in any collation, inserted out of order
        List<String> ids = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            String id = "c" + String.format("%04d", i * 3);
            ids.add(0, id);
            insert(aCustomer(tenant).id(id).build());
        }
        insert(aCustomer(Tenants.fresh()).id("c0001").build());

        // when
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Page<Customer> page = page(tenant, PageRequest.first(3));
        while (true) {
            page.items().forEach(c -> seen.add(c.id().value()));
            sizes.add(page.items().size());
            if (!page.hasNext()) {
                break;
            }
            page = page(tenant, PageRequest.after(page.nextCursor().orElseThrow(), 3));
        }

        // then
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void each_customer_on_a_page_carries_its_own_contacts_preferences_tags_and_consents_and_no_neighbours() {
        // given customers on both sides of each page's ids, and another tenant's customer between them
        Instant decided = MutableClock.SOME_MOMENT.minusSeconds(60);
        List<Customer> stored = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Customer customer = aCustomer(tenant).id("c" + String.format("%04d", i * 2))
                    .mobile("+861380013800" + i).email("c" + i + "@example.com")
                    .preference("size", "S" + i).tags("t" + i, "vip")
                    .consent(new Consent(MarketingChannel.SMS, i % 2 == 0, decided.plusSeconds(i)))
                    .build();
            insert(customer);
            stored.add(customer);
        }
        insert(aCustomer(Tenants.fresh()).id("c0005").mobile("+8613800138009").preference("size", "XL").tags("other")
                .consent(new Consent(MarketingChannel.EMAIL, true, decided)).build());

        // when
        List<Customer> listed = new ArrayList<>();
        Page<Customer> page = page(tenant, PageRequest.first(3));
        listed.addAll(page.items());
        while (page.hasNext()) {
            page = page(tenant, PageRequest.after(page.nextCursor().orElseThrow(), 3));
            listed.addAll(page.items());
        }

        // then
        assertThat(listed).containsExactlyElementsOf(stored);
    }

    @Test
    void a_tenant_without_customers_has_one_empty_last_page() {
        // when
        Page<Customer> page = page(tenant, PageRequest.first(10));

        // then
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void a_cursor_the_storage_did_not_issue_is_a_validation_error_naming_the_cursor() {
        // given
        insert(aCustomer(tenant).build());

        // when / then
        assertThatThrownBy(() -> page(tenant, PageRequest.after("!!not a cursor!!", 10)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("cursor"));
    }

    @Test
    void every_field_survives_the_round_trip() {
        // given
        Customer customer = aFullyDescribedCustomer(tenant).build();

        // when
        insert(customer);

        // then
        Customer stored = find(tenant, customer.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(customer);
        assertThat(stored).isEqualTo(customer);
        assertThat(stored.contacts()).extracting(ContactPoint::verified).containsExactly(true, false, true, false, false);
    }

    @Test
    void an_erased_profile_survives_the_round_trip() {
        // given
        Customer v0 = aFullyDescribedCustomer(tenant).build();
        insert(v0);
        Customer erased = nextVersionOf(v0)
                .displayName(Customer.ERASED_NAME).contacts().tags().demographics(null)
                .erasedAt(MutableClock.SOME_MOMENT.plusSeconds(60)).build();

        // when
        update(erased);

        // then
        assertThat(find(tenant, v0.id())).contains(erased);
        assertThat(find(tenant, v0.id()).orElseThrow().isErased()).isTrue();
        assertThat(findByContact(tenant, ContactType.MOBILE, "+8613800138000")).isEmpty();
    }

    @Test
    void lifecycle_states_are_read_for_many_customers_at_once_and_only_in_their_tenant() {
        // given
        Customer active = aFullyDescribedCustomer(tenant).stage(LifecycleStage.ACTIVE).build();
        Customer v0 = aCustomer(tenant).build();
        insert(active);
        insert(v0);
        Customer erased = nextVersionOf(v0).displayName(Customer.ERASED_NAME).erasedAt(MutableClock.SOME_MOMENT.plusSeconds(60)).build();
        update(erased);
        Customer elsewhere = aCustomer(Tenants.fresh()).build();
        insert(elsewhere);

        // when
        Map<CustomerId, LifecycleState> states = tx(() -> storage().customers().lifecycleStates(tenant,
                List.of(active.id(), erased.id(), elsewhere.id(), CustomerId.of("nobody"))));

        // then
        assertThat(states).containsOnly(
                Map.entry(active.id(), new LifecycleState(active.id(), LifecycleStage.ACTIVE, 0, false)),
                Map.entry(erased.id(), new LifecycleState(erased.id(), erased.stage(), 1, true)));
        assertThat(tx(() -> storage().customers().lifecycleStates(tenant, List.of()))).isEmpty();
    }

    @Test
    void consent_to_a_channel_is_read_for_many_customers_at_once_leaving_out_erased_absent_and_other_tenants_customers() {
        // given li agreed to SMS, han withdrew, mei never decided, wu agreed but was erased
        Instant at = MutableClock.SOME_MOMENT;
        Customer li = aCustomer(tenant).consent(new Consent(MarketingChannel.SMS, true, at)).build();
        Customer han = aCustomer(tenant).consent(new Consent(MarketingChannel.SMS, false, at))
                .consent(new Consent(MarketingChannel.EMAIL, true, at)).build();
        Customer mei = aCustomer(tenant).build();
        Customer wu = aCustomer(tenant).consent(new Consent(MarketingChannel.SMS, true, at)).build();
        Customer elsewhere = aCustomer(Tenants.fresh()).consent(new Consent(MarketingChannel.SMS, true, at)).build();
        List.of(li, han, mei, wu, elsewhere).forEach(this::insert);
        update(nextVersionOf(wu).displayName(Customer.ERASED_NAME).erasedAt(at.plusSeconds(60)).build());

        // when
        Map<CustomerId, Boolean> sms = tx(() -> storage().customers().consentsTo(tenant,
                List.of(li.id(), han.id(), mei.id(), wu.id(), elsewhere.id(), CustomerId.of("nobody")), MarketingChannel.SMS));

        // then
        assertThat(sms).containsOnly(Map.entry(li.id(), true), Map.entry(han.id(), false), Map.entry(mei.id(), false));
        assertThat(tx(() -> storage().customers().consentsTo(tenant, List.of(han.id()), MarketingChannel.EMAIL)))
                .containsOnly(Map.entry(han.id(), true));
        assertThat(tx(() -> storage().customers().consentsTo(tenant, List.of(), MarketingChannel.SMS))).isEmpty();
    }

    @Test
    void reads_of_many_customers_leave_out_a_customer_whose_id_lies_between_the_asked_ones() {
        // given three customers of the tenant, each agreed to SMS; the first and the last by id are asked for
        Instant at = MutableClock.SOME_MOMENT;
        List<Customer> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer c = aCustomer(tenant).consent(new Consent(MarketingChannel.SMS, true, at)).build();
            insert(c);
            three.add(c);
        }
        three.sort(Comparator.comparing(c -> c.id().value()));
        List<CustomerId> asked = List.of(three.get(0).id(), three.get(2).id());

        // when
        Map<CustomerId, LifecycleState> states = tx(() -> storage().customers().lifecycleStates(tenant, asked));
        Map<CustomerId, Boolean> sms = tx(() -> storage().customers().consentsTo(tenant, asked, MarketingChannel.SMS));

        // then the one between is in neither answer
        assertThat(states).containsOnlyKeys(asked);
        assertThat(sms).containsOnlyKeys(asked);
    }

    @Test
    void moving_stages_changes_the_stage_version_and_update_time_and_nothing_else() {
        // given
        Customer one = aFullyDescribedCustomer(tenant).stage(LifecycleStage.ACTIVE).build();
        Customer two = aCustomer(tenant).stage(LifecycleStage.ACTIVE).build();
        insert(one);
        insert(two);
        Instant at = MutableClock.SOME_MOMENT.plusSeconds(3600);

        // when
        storage().transactions().run(() -> storage().customers().moveStages(tenant, List.of(
                new StageMove(one.id(), LifecycleStage.AT_RISK, 0, at), new StageMove(two.id(), LifecycleStage.CHURNED, 0, at))));

        // then
        Customer movedOne = find(tenant, one.id()).orElseThrow();
        assertThat(movedOne).usingRecursiveComparison().ignoringFields("stage", "version", "updatedAt").isEqualTo(one);
        assertThat(movedOne.stage()).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(movedOne.version()).isEqualTo(1);
        assertThat(movedOne.updatedAt()).isEqualTo(at);
        assertThat(find(tenant, two.id()).map(Customer::stage)).contains(LifecycleStage.CHURNED);
    }

    @Test
    void a_stage_move_from_a_version_no_longer_stored_or_of_another_tenant_is_stale_and_the_unit_moves_nothing() {
        // given
        Customer fresh = aCustomer(tenant).stage(LifecycleStage.ACTIVE).build();
        Customer changed = aCustomer(tenant).stage(LifecycleStage.ACTIVE).build();
        insert(fresh);
        insert(changed);
        update(nextVersionOf(changed).displayName("changed meanwhile").build());
        Instant at = MutableClock.SOME_MOMENT.plusSeconds(3600);

        // when / then
        assertThatThrownBy(() -> storage().transactions().run(() -> storage().customers().moveStages(tenant, List.of(
                new StageMove(fresh.id(), LifecycleStage.AT_RISK, 0, at), new StageMove(changed.id(), LifecycleStage.AT_RISK, 0, at)))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> storage().transactions().run(() -> storage().customers().moveStages(Tenants.fresh(), List.of(
                new StageMove(fresh.id(), LifecycleStage.AT_RISK, 0, at))))).as("another tenant")
                .isInstanceOf(StaleVersionException.class);
        assertThat(find(tenant, fresh.id()).map(Customer::stage)).contains(LifecycleStage.ACTIVE);
        assertThat(find(tenant, changed.id()).map(Customer::stage)).contains(LifecycleStage.ACTIVE);
    }

    private <T> T tx(Supplier<T> work) {
        return storage().transactions().inTransaction(work);
    }

    private void insert(Customer customer) {
        storage().transactions().run(() -> storage().customers().insert(customer));
    }

    private void update(Customer customer) {
        storage().transactions().run(() -> storage().customers().update(customer));
    }

    private Optional<Customer> find(TenantId tenantId, CustomerId id) {
        return tx(() -> storage().customers().find(tenantId, id));
    }

    private Optional<Customer> findByContact(TenantId tenantId, ContactType type, String value) {
        return tx(() -> storage().customers().findByContact(tenantId, type, value));
    }

    private Page<Customer> page(TenantId tenantId, PageRequest request) {
        return tx(() -> storage().customers().page(tenantId, request));
    }
}
