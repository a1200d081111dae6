package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.offer.Cart;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.CouponEvaluation;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponScope;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.RejectedCoupon;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.coupon.StackingGroup;
import org.crmkit.shared.CustomerId;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stacking and the order of application, each row checked against amounts worked out by hand.
 *
 * <p>The cart: tea (category tea) 2 x 100.00 = 200.00, a cup (ware) 50.00, nuts (snack) 3 x 10.00 =
 * 30.00; lines 280.00, shipping 12.00. The templates, by name: T1 满200减30 order-wide (group
 * store); T2 10% off order-wide, cap 20 (platform); T3 满150减20 on category tea (category); T4 20%
 * off sku cup-1 (product); T5 free shipping from 99 (shipping); T6 满100减50 exclusive; T7 满300减40
 * (store); T8 满250减25 (store); T9 3.33% off order-wide, no cap (platform2); T10 50 off sku nut-1,
 * no threshold (nuts).
 */
public abstract class CouponStackingContract {

    /** One hand-worked row: coupons listed, coupons applied in order with discounts, rejections, totals. */
    private record Row(String name, List<String> listed, List<String> applied, List<String> discounts, Map<String, RejectionReason> rejected,
            String linesDiscount, String shippingDiscount) {}

    private CouponFixture f;
    private CustomerId li;
    private final Map<String, CouponId> ids = new LinkedHashMap<>();

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void issueOneCouponOfEachTemplate() {
        f = new CouponFixture(storage());
        li = f.member("Li");
        List<CouponTemplate> templates = List.of(
                f.amountOff("T1", "200.00", "30.00").withStacking(StackingGroup.named("store")),
                f.percentOff("T2", "10", "20.00").withStacking(StackingGroup.named("platform")),
                f.amountOff("T3", "150.00", "20.00").withScope(CouponScope.categories("tea")).withStacking(StackingGroup.named("category")),
                f.percentOff("T4", "20", null).withScope(CouponScope.skus("cup-1")).withStacking(StackingGroup.named("product")),
                f.freeShipping("T5", "99.00").withStacking(StackingGroup.named("shipping")),
                f.amountOff("T6", "100.00", "50.00"),
                f.amountOff("T7", "300.00", "40.00").withStacking(StackingGroup.named("store")),
                f.amountOff("T8", "250.00", "25.00").withStacking(StackingGroup.named("store")),
                f.percentOff("T9", "3.33", null).withStacking(StackingGroup.named("platform2")),
                f.amountOff("T10", "0.00", "50.00").withScope(CouponScope.skus("nut-1")).withStacking(StackingGroup.named("nuts")));
        for (CouponTemplate t : templates) {
            ids.put(t.templateId(), f.give(li, t));
        }
    }

    private static Cart theCart() {
        return cart("12.00", line("tea-1", "tea", 2, "100.00"), line("cup-1", "ware", 1, "50.00"), line("nut-1", "snack", 3, "10.00"));
    }

    private static Row row(String name, List<String> listed, List<String> applied, List<String> discounts, String lines, String shipping,
            Object... rejected) {
        Map<String, RejectionReason> refused = new LinkedHashMap<>();
        for (int i = 0; i < rejected.length; i += 2) {
            refused.put((String) rejected[i], (RejectionReason) rejected[i + 1]);
        }
        return new Row(name, listed, applied, discounts, refused, lines, shipping);
    }

    @Test
    void every_combination_of_the_table_applies_as_worked_out_by_hand() {
        List<Row> table = List.of(
                row("amount off alone", List.of("T1"), List.of("T1"), List.of("30.00"), "30.00", "0.00"),
                row("percent off capped", List.of("T2"), List.of("T2"), List.of("20.00"), "20.00", "0.00"),
                row("amount off before percent off: 280-30=250, 10% = 25 capped at 20", List.of("T1", "T2"), List.of("T1", "T2"),
                        List.of("30.00", "20.00"), "50.00", "0.00"),
                row("listing order does not change the order of application", List.of("T2", "T1"), List.of("T1", "T2"),
                        List.of("30.00", "20.00"), "50.00", "0.00"),
                row("scoped first: tea 20 off, then 30 off 260, then 10% of 230 = 23 capped at 20", List.of("T2", "T1", "T3"),
                        List.of("T3", "T1", "T2"), List.of("20.00", "30.00", "20.00"), "70.00", "0.00"),
                row("scoped percent 20% of 50 = 10, then 10% of 270 = 27 capped at 20", List.of("T2", "T4"), List.of("T4", "T2"),
                        List.of("10.00", "20.00"), "30.00", "0.00"),
                row("3.33% of 280 = 9.324, half-up to 9.32", List.of("T9"), List.of("T9"), List.of("9.32"), "9.32", "0.00"),
                row("3.33% of 260 left after tea 20 off = 8.658, half-up to 8.66", List.of("T9", "T3"), List.of("T3", "T9"),
                        List.of("20.00", "8.66"), "28.66", "0.00"),
                row("free shipping applies last and takes the fee", List.of("T5", "T1"), List.of("T1", "T5"), List.of("30.00", "12.00"),
                        "30.00", "12.00"),
                row("an amount off never exceeds its lines: 50 off nuts worth 30", List.of("T10"), List.of("T10"), List.of("30.00"), "30.00",
                        "0.00"),
                row("exclusive alone", List.of("T6"), List.of("T6"), List.of("50.00"), "50.00", "0.00"),
                row("exclusive first: the others are refused", List.of("T6", "T1", "T5"), List.of("T6"), List.of("50.00"), "50.00", "0.00",
                        "T1", RejectionReason.NOT_STACKABLE, "T5", RejectionReason.NOT_STACKABLE),
                row("exclusive after another: the exclusive one is refused", List.of("T1", "T6"), List.of("T1"), List.of("30.00"), "30.00",
                        "0.00", "T6", RejectionReason.NOT_STACKABLE),
                row("one coupon per group", List.of("T1", "T8", "T2"), List.of("T1", "T2"), List.of("30.00", "20.00"), "50.00", "0.00",
                        "T8", RejectionReason.NOT_STACKABLE),
                row("below the threshold: 280 < 300; the next of its group applies instead", List.of("T7", "T8"), List.of("T8"),
                        List.of("25.00"), "25.00", "0.00", "T7", RejectionReason.BELOW_THRESHOLD),
                row("all stackable: tea 20, nuts 30 (all of them), cup 10, then 30 off 220, 10% of 190 = 19, 3.33% of 171 = 5.69, shipping",
                        List.of("T1", "T2", "T3", "T4", "T5", "T9", "T10"), List.of("T3", "T10", "T4", "T1", "T2", "T9", "T5"),
                        List.of("20.00", "30.00", "10.00", "30.00", "19.00", "5.69"), "114.69", "12.00"));
        List<String> failures = new ArrayList<>();
        for (Row row : table) {
            // given
            List<CouponId> listed = row.listed().stream().map(ids::get).toList();

            // when
            CouponEvaluation result = f.coupons.evaluate(f.tenant, li, theCart(), null, listed);

            // then
            List<String> applied = result.applied().stream().map(AppliedCoupon::templateId).toList();
            List<String> discounts = result.applied().stream().map(a -> a.discount().amount().toPlainString()).toList();
            Map<String, RejectionReason> rejected = new LinkedHashMap<>();
            for (RejectedCoupon r : result.rejected()) {
                rejected.put(templateOf(r.couponId()), r.reason());
            }
            String seen = applied + " " + discounts + " rejected " + rejected + " lines " + result.linesDiscount().amount() + " shipping "
                    + result.shippingDiscount().amount();
            String wanted = row.applied() + " " + withShipping(row) + " rejected " + row.rejected() + " lines " + row.linesDiscount()
                    + " shipping " + row.shippingDiscount();
            if (!seen.equals(wanted)) {
                failures.add(row.name() + ": wanted " + wanted + " but got " + seen);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> withShipping(Row row) {
        List<String> all = new ArrayList<>(row.discounts());
        if (row.applied().contains("T5") && all.size() < row.applied().size()) {
            all.add(row.shippingDiscount());
        }
        return all;
    }

    private String templateOf(CouponId id) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void every_applied_coupon_explains_its_discount_and_the_total_never_exceeds_the_cart() {
        // given
        List<CouponId> everything = new ArrayList<>(ids.values());

        // when
        CouponEvaluation result = f.coupons.evaluate(f.tenant, li, theCart(), null, everything);

        // then
        assertThat(result.applied()).allSatisfy(a -> assertThat(a.explanation()).isNotBlank());
        assertThat(result.linesDiscount().compareTo(theCart().listAmount())).isLessThanOrEqualTo(0);
        assertThat(result.rejected()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
    }
}
