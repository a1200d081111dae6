package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.RewardUnavailableException;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the mall refuses, and that a refusal writes nothing: other tenants' items and orders, unknown
 * items and customers, items outside their window (at the tenant's midnight), tier-only items,
 * bad quantities, prices and currencies.
 */
public abstract class MallBadInputContract extends MallFixture {

    @Test
    void another_tenants_item_and_order_are_unknown_here() {
        // given: another tenant with a member, an item and an order
        TenantId other = Tenants.fresh();
        loyalty.defineProgramme(LedgerPrograms.simple(other, org.crmkit.loyalty.DebtPolicy.REPORT_SHORTFALL, java.time.Duration.ofHours(1)));
        CustomerId wang = register(other, "Wang");
        loyalty.grant(new org.crmkit.loyalty.GrantPoints(other, wang, PROGRAMME, "g-1", 1000, "welcome", null, "agent-7"));
        mall.define(DefineReward.of(other, PROGRAMME, "kettle", "Kettle", 100, Fulfilment.SHIPPED_GOOD));
        MallOrder theirs = mall.redeem(new RedeemReward(other, wang, PROGRAMME, "kettle", 1, "k-1"));
        give(li, 1000);

        // when / then
        assertThatThrownBy(() -> redeem(li, "kettle", 1)).isInstanceOf(NotFoundException.class).hasMessageContaining("kettle");
        assertThatThrownBy(() -> mall.redeem(new RedeemReward(tenant, wang, PROGRAMME, "kettle", 1, "k-2")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mall.ship(new ShipMallOrder(tenant, theirs.orderId(), "SF1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mall.cancel(new CancelMallOrder(tenant, theirs.orderId(), "agent-7"))).isInstanceOf(NotFoundException.class);
        assertThat(mall.order(tenant, theirs.orderId())).isEmpty();
        assertThat(mall.catalogue(tenant, PROGRAMME)).isEmpty();
        assertThat(mall.order(other, theirs.orderId())).contains(theirs);
        assertThat(available(li)).isEqualTo(1000);
    }

    @Test
    void an_unknown_item_customer_or_order_is_not_found() {
        give(li, 1000);
        define(digital("coffee", 100));
        assertThatThrownBy(() -> redeem(li, "tea", 1)).isInstanceOf(NotFoundException.class).hasMessageContaining("reward item 'tea'");
        assertThatThrownBy(() -> redeem(CustomerId.of("nobody"), "coffee", 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> mall.cancel(new CancelMallOrder(tenant, "no-such-order", "agent-7"))).isInstanceOf(NotFoundException.class);
        assertThat(available(li)).isEqualTo(1000);
    }

    @Test
    void an_item_opens_and_closes_at_the_tenants_midnight() {
        // given: offered on 2 and 3 June in Shanghai
        give(li, 1000);
        define(digital("flash", 100).withWindow(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3)));

        // then
        clock.set(shanghai("2025-06-01T23:59:59.999"));
        assertThatThrownBy(() -> redeem(li, "flash", 1)).isInstanceOf(RewardUnavailableException.class)
                .hasMessageContaining("2025-06-02").hasMessageContaining("today is 2025-06-01");
        clock.set(shanghai("2025-06-02T00:00"));
        assertThat(redeem(li, "flash", 1).points()).isEqualTo(100);
        clock.set(shanghai("2025-06-03T23:59:59.999"));
        assertThat(redeem(li, "flash", 1).points()).isEqualTo(100);
        clock.set(shanghai("2025-06-04T00:00"));
        assertThatThrownBy(() -> redeem(li, "flash", 1)).isInstanceOf(RewardUnavailableException.class)
                .hasMessageContaining("until 2025-06-03");
        assertThat(available(li)).isEqualTo(800);
    }

    @Test
    void a_tier_only_item_is_refused_to_a_lower_tier_and_to_no_tier() {
        // given
        give(li, 1000);
        give(han, 1000);
        placeIn(li, "silver");
        placeIn(han, "gold");
        define(digital("lounge", 100).withTiers(Set.of("gold", "diamond")).withStock(5L));

        // when / then
        assertThatThrownBy(() -> redeem(li, "lounge", 1)).isInstanceOf(RewardUnavailableException.class)
                .hasMessageContaining("[diamond, gold]").hasMessageContaining("in tier silver");
        CustomerId newcomer = register(tenant, "Newcomer");
        give(newcomer, 1000);
        assertThatThrownBy(() -> redeem(newcomer, "lounge", 1)).isInstanceOf(RewardUnavailableException.class);
        assertThat(redeem(han, "lounge", 1).points()).isEqualTo(100);
        assertThat(available(li)).isEqualTo(1000);
        assertThat(mall.catalogue(tenant, PROGRAMME).get(0).reserved()).isEqualTo(1);
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, RedeemReward.MAX_QUANTITY + 1, Integer.MAX_VALUE})
    void a_zero_negative_or_absurd_quantity_is_refused_before_anything_is_written(int quantity) {
        give(li, 1000);
        define(digital("coffee", 1).withStock(5L));
        ValidationException refused = catchThrowableOfType(() -> mall.redeem(new RedeemReward(tenant, li, PROGRAMME, "coffee", quantity, "k-1")),
                ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("quantity");
        assertThat(mall.catalogue(tenant, PROGRAMME).get(0).reserved()).isZero();
        assertThat(available(li)).isEqualTo(1000);
    }

    @Test
    void a_quantity_whose_price_passes_the_limits_is_refused() {
        give(li, 1000);
        define(digital("diamond", Limits.MAX_POINTS));
        define(digital("yacht", 1).withCash(Money.of(Limits.MAX_AMOUNT, java.util.Currency.getInstance("CNY"))));
        assertThatThrownBy(() -> redeem(li, "diamond", 2)).isInstanceOf(ValidationException.class).hasMessageContaining("points in all");
        assertThatThrownBy(() -> redeem(li, "yacht", 2)).isInstanceOf(ValidationException.class).hasMessageContaining("cash in all");
        assertThat(mall.catalogue(tenant, PROGRAMME)).allSatisfy(s -> assertThat(s.reserved()).isZero());
    }

    @ParameterizedTest(name = "points price {0}")
    @ValueSource(longs = {0, -5, Long.MIN_VALUE, Limits.MAX_POINTS + 1, Long.MAX_VALUE})
    void a_zero_negative_or_absurd_points_price_is_refused(long price) {
        ValidationException refused = catchThrowableOfType(() -> define(digital("coffee", price)), ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("pointsPrice");
        assertThat(mall.catalogue(tenant, PROGRAMME)).isEmpty();
    }

    @Test
    void a_negative_or_absurd_cash_price_stock_or_limit_is_refused_naming_each() {
        DefineReward command = new DefineReward(tenant, PROGRAMME, "kettle", "Kettle", 100, cny("-0.01"), -1L, 0, Set.of(""),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1), Fulfilment.SHIPPED_GOOD, -1);
        ValidationException refused = catchThrowableOfType(() -> define(command), ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field).contains("stock", "perCustomerLimit", "expectedVersion");
        ValidationException tooMuch = catchThrowableOfType(() -> define(good("kettle", 100)
                .withCash(Money.of(Limits.MAX_AMOUNT.add(java.math.BigDecimal.ONE), java.util.Currency.getInstance("CNY")))), ValidationException.class);
        assertThat(tooMuch.violations()).extracting(Violation::field).containsExactly("cashPrice");
        ValidationException negative = catchThrowableOfType(() -> define(good("kettle", 100).withCash(cny("-0.01"))), ValidationException.class);
        assertThat(negative.violations()).extracting(Violation::field).containsExactly("cashPrice");
        ValidationException backwards = catchThrowableOfType(() -> define(good("kettle", 100)
                .withWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1))), ValidationException.class);
        assertThat(backwards.violations()).extracting(Violation::field).containsExactly("validUntil");
        assertThat(mall.catalogue(tenant, PROGRAMME)).isEmpty();
    }

    @Test
    void a_cash_part_in_another_currency_than_the_programmes_is_refused() {
        ValidationException refused = catchThrowableOfType(() -> define(good("kettle", 100).withCash(Money.of("19.90", "USD"))),
                ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("cashPrice");
        assertThat(refused).hasMessageContaining("CNY");
        assertThat(mall.catalogue(tenant, PROGRAMME)).isEmpty();
    }

    @Test
    void a_key_with_spaces_or_an_empty_item_code_is_refused() {
        give(li, 1000);
        define(digital("coffee", 100));
        ValidationException refused = catchThrowableOfType(() -> mall.redeem(new RedeemReward(tenant, li, PROGRAMME, "", 1, "has space")),
                ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field).containsExactlyInAnyOrder("itemCode", "idempotencyKey");
        assertThat(available(li)).isEqualTo(1000);
    }
}
