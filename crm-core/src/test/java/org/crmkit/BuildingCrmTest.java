package org.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.ZoneId;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.junit.jupiter.api.Test;

class BuildingCrmTest {

    @Test
    void building_without_a_storage_fails_saying_how_to_provide_one() {
        // when / then
        assertThatThrownBy(() -> Crm.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".storage(new InMemoryStorage())")
                .hasMessageContaining("JdbcStorage.create(dataSource)");
    }

    @Test
    void null_settings_are_refused_at_once() {
        // when / then
        assertThatThrownBy(() -> Crm.builder().storage(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("storage");
        assertThatThrownBy(() -> Crm.builder().clock(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> Crm.builder().zone(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
    }

    @Test
    void a_crm_with_only_a_storage_uses_the_system_clock_and_shanghai_time() {
        // when
        Crm crm = Crm.builder().storage(new InMemoryStorage()).build();

        // then
        assertThat(crm.zone()).isEqualTo(ZoneId.of("Asia/Shanghai")).isEqualTo(Crm.DEFAULT_ZONE);
        assertThat(crm.clock().getZone()).isEqualTo(ZoneId.of("Z"));
        assertThat(crm.customers()).isNotNull();
        assertThat(crm.outbox().pending()).isZero();
    }

    @Test
    void every_setting_given_to_the_builder_is_used() {
        // given
        MutableClock clock = MutableClock.atSomeMoment();
        java.util.List<DomainEvent> published = new java.util.ArrayList<>();
        InMemoryStorage storage = new InMemoryStorage();

        // when
        Crm crm = Crm.builder().storage(storage).clock(clock).zone(ZoneId.of("Asia/Tokyo"))
                .validator(Validation.buildDefaultValidatorFactory().getValidator())
                .eventPublisher(published::add)
                .build();
        Customer li = crm.customers().register(RegisterCustomer.of(TenantId.of("shop-1"), "Li Lei", SourceChannel.APP,
                ContactPoint.of(ContactType.MOBILE, "13800138000")));

        // then
        assertThat(crm.clock()).isSameAs(clock);
        assertThat(crm.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(li.createdAt()).isEqualTo(clock.instant());
        assertThat(published).hasSize(1);
        assertThat(crm.outbox().pending()).as("a custom publisher replaces the outbox").isZero();
    }

    @Test
    void two_instances_share_nothing_but_what_they_are_given() {
        // given
        Crm first = Crm.builder().storage(new InMemoryStorage()).build();
        Crm second = Crm.builder().storage(new InMemoryStorage()).build();
        TenantId shop = TenantId.of("shop-1");

        // when
        Customer li = first.customers().register(RegisterCustomer.of(shop, "Li Lei", SourceChannel.APP));

        // then
        assertThat(first.customers().find(shop, li.id())).isPresent();
        assertThat(second.customers().find(shop, li.id())).isEmpty();
    }
}
