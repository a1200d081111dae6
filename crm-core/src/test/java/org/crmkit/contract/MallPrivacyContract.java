package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.RewardShipped;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.shared.PersonalData;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.Test;

/** The mall's part of privacy: a customer's orders in the export; erasure of tracking references that keeps every total. */
public abstract class MallPrivacyContract extends MallFixture {

    private static final String TRACKING = "SF-88-ZHANG-WEI-13912345678";

    @Test
    void the_export_holds_every_mall_order_of_the_customer() {
        // given
        give(li, 1000);
        define(good("kettle", 100));
        define(digital("coffee", 50));
        MallOrder kettle = mall.ship(new ShipMallOrder(tenant, redeem(li, "kettle", 1).orderId(), TRACKING));
        MallOrder coffee = redeem(li, "coffee", 2);
        give(han, 1000);
        redeem(han, "coffee", 1);

        // when
        Map<String, Object> document = crm.privacy().exportDocument(tenant, li);

        // then
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> orders = (List<Map<String, Object>>) ((Map<String, Object>) document.get("mall")).get("orders");
        assertThat(orders).extracting(o -> o.get("orderId")).containsExactlyInAnyOrder(kettle.orderId(), coffee.orderId());
        assertThat(orders).extracting(o -> o.get("trackingReference")).contains(TRACKING);
    }

    @Test
    void erasure_replaces_tracking_references_and_keeps_orders_totals_stock_and_points() {
        // given
        give(li, 1000);
        define(good("kettle", 100).withStock(5L));
        MallOrder order = redeem(li, "kettle", 2);
        mall.ship(new ShipMallOrder(tenant, order.orderId(), TRACKING));
        List<MallItemReport> before = mall.report(tenant, PROGRAMME);

        // when
        crm.privacy().erase(tenant, li);

        // then
        MallOrder erased = mall.order(tenant, order.orderId()).orElseThrow();
        assertThat(erased.trackingReference()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.points()).isEqualTo(200);
        assertThat(erased.quantity()).isEqualTo(2);
        assertThat(mall.report(tenant, PROGRAMME)).isEqualTo(before);
        assertThat(available(li)).isEqualTo(800);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(RewardShipped.class::isInstance)
                .singleElement().extracting(e -> ((RewardShipped) e).trackingReference()).isEqualTo(PersonalData.ERASED);
        crm.privacy().erase(tenant, li);
        assertThat(mall.order(tenant, order.orderId())).contains(erased);
    }
}
