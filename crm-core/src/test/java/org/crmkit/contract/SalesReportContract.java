package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.crmkit.customer.Demographics;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.SalesDimension;
import org.crmkit.segment.SalesQuery;
import org.crmkit.segment.SalesReport;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sales reports, worked by hand: January and February 2025, three buyers. North (华北) paid 100.00
 * for nuts 60 + tea 40 by Alipay in the app, then 50.00 for tea by WeChat on the web, 10.00 of it
 * refunded; South (a region with a comma and quotes) paid 200.00 for nuts by Alipay in the app and
 * had an order of 30.00 fully refunded; a buyer without a region paid 70.00 with no items by
 * UnionPay in the app; another paid in USD. A March order falls outside.
 */
public abstract class SalesReportContract extends TierFixture {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 3, 1);
    private static final String SOUTH = "华南 \"South\", CN";

    private CustomerId north;
    private CustomerId south;
    private CustomerId nowhere;
    private int orders;

    @BeforeEach
    void threeBuyersInJanuaryAndFebruary() {
        north = registerIn("North", "华北");
        south = registerIn("South", SOUTH);
        nowhere = registerIn("Nowhere", null);
        buy(north, "2025-01-15", "100.00", "ALIPAY", "APP", item("nuts", "60.00"), item("tea", "40.00"));
        String refunded = buy(north, "2025-02-20", "50.00", "WECHAT_PAY", "WEB", item("tea", "50.00"));
        crm.commerce().recordRefund(RecordRefund.of(tenant, north, refunded, "r-1", cny("10.00")));
        buy(south, "2025-01-20", "200.00", "ALIPAY", "APP", item("nuts", "200.00"));
        String gone = buy(south, "2025-02-03", "30.00", "ALIPAY", "APP", item("nuts", "30.00"));
        crm.commerce().recordRefund(RecordRefund.of(tenant, south, gone, "r-2", cny("30.00")));
        CustomerId expat = registerIn("Pays in dollars", null);
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, expat, "o-usd", Money.of("15.00", "USD")).at(shanghai("2025-02-10T10:00")));
        buy(nowhere, "2025-02-25", "70.00", "UNIONPAY", "APP");
        buy(north, "2025-03-05", "999.00", "ALIPAY", "APP", item("nuts", "999.00"));
    }

    private CustomerId registerIn(String name, String region) {
        return crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(name)
                .demographics(new Demographics(null, null, region, null, null)).build()).id();
    }

    private static PurchaseItem item(String category, String paid) {
        return PurchaseItem.of("sku-" + category, category, cny(paid));
    }

    private String buy(CustomerId who, String day, String paid, String payment, String channel, PurchaseItem... items) {
        String order = "o-" + (++orders);
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, order, cny(paid)).withItems(List.of(items)).via(payment, channel)
                .at(shanghai(day + "T12:00")));
        return order;
    }

    private SalesReport sales(SalesDimension... by) {
        return crm.segments().sales(SalesQuery.of(tenant, FROM, UNTIL, CNY, by));
    }

    private static List<Object> figures(SalesReport.Row row) {
        return List.of(row.revenue().toPlainString(), row.orders(), row.customers());
    }

    @Test
    void by_month_and_region_each_row_has_net_revenue_orders_buyers_and_the_total_counts_each_order_once() {
        // when
        SalesReport report = sales(SalesDimension.MONTH, SalesDimension.REGION);

        // then
        assertThat(report.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("2025-01", "华北"), List.of("100.00", 1L, 1L)),
                tuple(List.of("2025-01", SOUTH), List.of("200.00", 1L, 1L)),
                tuple(List.of("2025-02", "unknown"), List.of("70.00", 1L, 1L)),
                tuple(List.of("2025-02", "华北"), List.of("40.00", 1L, 1L)));
        assertThat(figures(report.total())).containsExactly("410.00", 4L, 3L);
        assertThat(report.total().averageOrderValue()).isEqualByComparingTo("102.50");
        assertThat(report.otherCurrencyOrders()).isEqualTo(1);
    }

    @Test
    void by_category_an_order_is_split_over_its_items_and_counts_once_in_each_category() {
        // when
        SalesReport report = sales(SalesDimension.CATEGORY);

        // then: tea = 40.00 of order 1 + the 40.00 left of order 2
        assertThat(report.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("nuts"), List.of("260.00", 2L, 2L)),
                tuple(List.of("tea"), List.of("80.00", 2L, 1L)),
                tuple(List.of("uncategorised"), List.of("70.00", 1L, 1L)));
        assertThat(figures(report.total())).containsExactly("410.00", 4L, 3L);
    }

    @Test
    void drilling_into_a_region_breaks_its_sales_down_by_month_and_category() {
        // given
        SalesQuery byRegion = SalesQuery.of(tenant, FROM, UNTIL, CNY, SalesDimension.REGION);

        // when
        SalesReport north = crm.segments().sales(byRegion.drillDown(SalesDimension.REGION, "华北", SalesDimension.MONTH, SalesDimension.CATEGORY));
        SalesReport northTea = crm.segments().sales(byRegion.drillDown(SalesDimension.REGION, "华北", SalesDimension.MONTH)
                .drillDown(SalesDimension.CATEGORY, "tea", SalesDimension.MONTH));

        // then
        assertThat(north.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("2025-01", "nuts"), List.of("60.00", 1L, 1L)),
                tuple(List.of("2025-01", "tea"), List.of("40.00", 1L, 1L)),
                tuple(List.of("2025-02", "tea"), List.of("40.00", 1L, 1L)));
        assertThat(figures(north.total())).containsExactly("140.00", 2L, 1L);
        assertThat(northTea.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("2025-01"), List.of("40.00", 1L, 1L)),
                tuple(List.of("2025-02"), List.of("40.00", 1L, 1L)));
        assertThat(figures(northTea.total())).containsExactly("80.00", 2L, 1L);
    }

    @Test
    void by_payment_method_channel_and_tier_and_for_a_segment() {
        // when
        SalesReport byPayment = sales(SalesDimension.PAYMENT_METHOD, SalesDimension.CHANNEL);
        SalesReport byTier = sales(SalesDimension.TIER);
        SalesReport northOnly = crm.segments().sales(SalesQuery.of(tenant, FROM, UNTIL, CNY, SalesDimension.MONTH)
                .forSegment(Segment.of("north", Criteria.region("华北"))));

        // then
        assertThat(byPayment.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("ALIPAY", "APP"), List.of("300.00", 2L, 2L)),
                tuple(List.of("UNIONPAY", "APP"), List.of("70.00", 1L, 1L)),
                tuple(List.of("WECHAT_PAY", "WEB"), List.of("40.00", 1L, 1L)));
        assertThat(byTier.rows()).extracting(SalesReport.Row::key).containsExactly(List.of("none"));
        assertThat(northOnly.rows()).extracting(SalesReport.Row::key, SalesReportContract::figures).containsExactly(
                tuple(List.of("2025-01"), List.of("100.00", 1L, 1L)),
                tuple(List.of("2025-02"), List.of("40.00", 1L, 1L)));
    }

    @Test
    void the_report_exports_as_csv_with_quoted_fields_and_as_json() {
        // when
        SalesReport report = sales(SalesDimension.REGION);

        // then
        assertThat(report.toCsv()).isEqualTo("region,revenue,orders,customers,average_order_value\r\n"
                + "unknown,70.00,1,1,70.00\r\n"
                + "华北,140.00,2,1,70.00\r\n"
                + "\"华南 \"\"South\"\", CN\",200.00,1,1,200.00\r\n"
                + "TOTAL,410.00,4,3,102.50\r\n");
        assertThat(report.toJson()).isEqualTo("{\"from\":\"2025-01-01\",\"until\":\"2025-03-01\",\"currency\":\"CNY\",\"by\":[\"region\"],"
                + "\"where\":{},\"rows\":["
                + "{\"region\":\"unknown\",\"revenue\":\"70.00\",\"orders\":1,\"customers\":1,\"averageOrderValue\":\"70.00\"},"
                + "{\"region\":\"华北\",\"revenue\":\"140.00\",\"orders\":2,\"customers\":1,\"averageOrderValue\":\"70.00\"},"
                + "{\"region\":\"华南 \\\"South\\\", CN\",\"revenue\":\"200.00\",\"orders\":1,\"customers\":1,\"averageOrderValue\":\"200.00\"}],"
                + "\"total\":{\"revenue\":\"410.00\",\"orders\":4,\"customers\":3,\"averageOrderValue\":\"102.50\"},\"otherCurrencyOrders\":1}");
    }

    @Test
    void another_tenant_sees_no_sales_and_an_impossible_query_is_refused() {
        // when
        SalesReport theirs = crm.segments().sales(SalesQuery.of(Tenants.fresh(), FROM, UNTIL, CNY, SalesDimension.REGION));

        // then
        assertThat(theirs.rows()).isEmpty();
        assertThat(figures(theirs.total())).containsExactly("0", 0L, 0L);
        assertThat(catchThrowable(() -> SalesQuery.of(tenant, UNTIL, FROM, CNY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after");
        assertThat(catchThrowable(() -> SalesQuery.of(tenant, FROM, UNTIL, CNY, SalesDimension.MONTH, SalesDimension.MONTH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once");
        assertThat(catchThrowable(() -> SalesQuery.of(tenant, FROM, FROM.plusYears(11), CNY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 years");
        assertThat(catchThrowable(() -> new SalesQuery(tenant, FROM, UNTIL, CNY, List.of(), Map.of(SalesDimension.REGION, "x"), null, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
