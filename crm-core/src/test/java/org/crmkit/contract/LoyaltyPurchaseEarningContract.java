package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.crmkit.Crm;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.OrderLine;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.spi.EarningContext;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: a paid order earns points by the programme's rules — base rate with its rounding,
 * category multipliers over the order lines, the tier multiplier, plug-in rules — and the receipt
 * explains what each rule contributed.
 */
public abstract class LoyaltyPurchaseEarningContract extends LoyaltyFixture {

    @ParameterizedTest(name = "{1} x {0} rounded {2} earns {3}")
    @CsvSource({
        "1,   199.90, DOWN,    199",
        "1,   199.50, HALF_UP, 200",
        "1,   199.49, HALF_UP, 199",
        "1,   199.01, UP,      200",
        "2.5, 10.30,  DOWN,    25",
        "2.5, 10.30,  HALF_UP, 26",
        "0.1, 9.99,   DOWN,    0"
    })
    void the_base_rate_earns_points_per_yuan_paid_rounded_by_the_programme(String rate, String paid, RoundingMode rounding,
            long expected) {
        // given
        define(aProgramme().pointsPerYuan(rate).rounding(rounding));

        // when
        PointsReceipt receipt = buy(li, "o-1", paid);

        // then
        assertThat(receipt.points()).isEqualTo(expected);
        assertThat(receipt.explanation()).extracting(Contribution::rule, Contribution::points)
                .containsExactly(tuple("base", expected));
        assertThat(availableOf(li)).isEqualTo(expected);
    }

    @Test
    void a_purchase_earns_one_entry_and_one_lot_referring_to_the_order() {
        // when
        PointsReceipt receipt = buy(li, "o-1", "88.00");

        // then
        List<LedgerEntry> statement = statementOf(li);
        assertThat(statement).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(EntryType.EARN);
            assertThat(entry.signedPoints()).isEqualTo(88);
            assertThat(entry.reference()).isEqualTo("o-1");
            assertThat(entry.operationKey()).isEqualTo("purchase:o-1");
            assertThat(entry.lots()).singleElement().satisfies(m -> assertThat(m.points()).isEqualTo(88));
        });
        assertThat(receipt.entryIds()).containsExactly(statement.get(0).entryId());
        assertThat(receipt.availableAfter()).isEqualTo(88);
        assertThat(receipt.operation()).isEqualTo("EARN_PURCHASE");
    }

    @Test
    void category_multipliers_apply_to_the_lines_of_their_category() {
        // given
        define(aProgramme().earning(e -> e.withCategoryMultiplier("fresh", new BigDecimal("2"))
                .withCategoryMultiplier("digital", new BigDecimal("0.5"))));

        // when
        PointsReceipt receipt = loyalty.earnForPurchase(order(li, "o-1", "199.90",
                new OrderLine("apples", "fresh", cny("100.00")),
                new OrderLine("e-book", "digital", cny("50.00")),
                new OrderLine("novel", "books", cny("49.90"))));

        // then: 199 base, +100 for fresh (x2), -25 for digital (x0.5)
        assertThat(receipt.explanation()).extracting(Contribution::rule).containsExactly("base", "category");
        assertThat(receipt.explanation().get(1).points()).isEqualTo(75);
        assertThat(receipt.explanation().get(1).explanation()).contains("fresh x2", "digital x0.5");
        assertThat(receipt.points()).isEqualTo(274);
    }

    @Test
    void a_product_multiplier_wins_over_its_category_multiplier_and_survives_storage() {
        // given
        define(aProgramme().earning(e -> e.withCategoryMultiplier("fresh", new BigDecimal("2"))
                .withProductMultiplier("durian", new BigDecimal("3"))));

        // when
        PointsReceipt receipt = loyalty.earnForPurchase(order(li, "o-1", "150.00",
                new OrderLine("durian", "fresh", cny("100.00")),
                new OrderLine("apples", "fresh", cny("50.00"))));

        // then: 150 base, +200 for the durian (x3 wins over fresh x2), +50 for the apples (fresh x2)
        assertThat(receipt.explanation().get(1).points()).isEqualTo(250);
        assertThat(receipt.explanation().get(1).explanation()).contains("product durian x3", "fresh x2");
        assertThat(receipt.points()).isEqualTo(400);
        assertThat(loyalty.programme(tenant, programme.id()).orElseThrow().earning().productMultipliers())
                .containsOnlyKeys("durian");
    }

    @Test
    void lines_that_do_not_add_up_to_the_paid_amount_are_refused_and_nothing_is_written() {
        // given
        PurchaseOrder order = order(li, "o-1", "199.90",
                new OrderLine("apples", "fresh", cny("100.00")), new OrderLine("pears", "fresh", cny("90.00")));

        // when
        var error = validationErrorOf(() -> loyalty.earnForPurchase(order));

        // then
        assertThat(fieldsOf(error)).containsExactly("lines");
        assertThat(error.getMessage()).contains("CNY 199.90");
        assertThat(statementOf(li)).isEmpty();
        assertThat(availableOf(li)).isZero();
    }

    @Test
    void an_order_paid_in_another_currency_is_refused() {
        // given
        PurchaseOrder order = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-1", "o-1", Money.of("10.00", "USD"),
                null, List.of());

        // when
        var error = validationErrorOf(() -> loyalty.earnForPurchase(order));

        // then
        assertThat(fieldsOf(error)).containsExactly("paid");
        assertThat(statementOf(li)).isEmpty();
    }

    @Test
    void the_tier_multiplier_applies_to_members_the_tier_lookup_places_in_a_tier() {
        // given
        define(aProgramme().earning(e -> e.withTierMultiplier("gold", new BigDecimal("1.5"))
                .withTierMultiplier("silver", new BigDecimal("1.2"))));
        Crm withTiers = crmWith(b -> b.tierLookup((t, c, p) -> c.equals(li) ? Optional.of("gold") : Optional.empty()));

        // when
        PointsReceipt gold = withTiers.loyalty().earnForPurchase(order(li, "o-1", "100.00"));
        PointsReceipt none = withTiers.loyalty().earnForPurchase(order(han, "o-2", "100.00"));

        // then
        assertThat(gold.points()).isEqualTo(150);
        assertThat(gold.explanation()).extracting(Contribution::rule).containsExactly("base", "tier");
        assertThat(gold.explanation().get(1).explanation()).contains("gold", "1.5");
        assertThat(none.points()).isEqualTo(100);
        assertThat(none.explanation()).extracting(Contribution::rule).containsExactly("base");
    }

    @Test
    void a_plug_in_earning_rule_adds_its_contribution_and_explains_it() {
        // given
        EarningRule appBonus = new EarningRule() {
            @Override
            public String name() {
                return "app-bonus";
            }

            @Override
            public Contribution apply(EarningContext context) {
                return new Contribution(name(), context.runningTotal() / 10, "10% more for ordering " + context.order().orderId() + " in the app");
            }
        };
        Crm withRule = crmWith(b -> b.earningRule(appBonus));

        // when
        PointsReceipt receipt = withRule.loyalty().earnForPurchase(order(li, "o-1", "120.00"));

        // then
        assertThat(receipt.explanation()).contains(new Contribution("app-bonus", 12, "10% more for ordering o-1 in the app"));
        assertThat(receipt.points()).isEqualTo(132);
        assertThat(availableOf(li)).isEqualTo(132);
    }

    @Test
    void every_rule_explains_itself_in_order_and_the_explanation_adds_up_to_the_points() {
        // given
        define(aProgramme().earning(e -> e.withCategoryMultiplier("fresh", new BigDecimal("3"))
                .withTierMultiplier("gold", new BigDecimal("2"))));
        EarningRule minusFive = fixed("coupon-penalty", -5);
        Crm crmWithAll = crmWith(b -> b.tierLookup((t, c, p) -> Optional.of("gold")).earningRule(minusFive));

        // when
        PointsReceipt receipt = crmWithAll.loyalty().earnForPurchase(order(li, "o-1", "30.00",
                new OrderLine("fish", "fresh", cny("10.00")), new OrderLine("rice", null, cny("20.00"))));

        // then: base 30, category +20, tier x2 +50, plug-in -5
        assertThat(receipt.explanation()).extracting(Contribution::rule, Contribution::points).containsExactly(
                tuple("base", 30L), tuple("category", 20L),
                tuple("tier", 50L), tuple("coupon-penalty", -5L));
        assertThat(receipt.explanation()).allSatisfy(c -> assertThat(c.explanation()).isNotBlank());
        assertThat(receipt.points()).isEqualTo(95).isEqualTo(receipt.explanation().stream().mapToLong(Contribution::points).sum());
    }

    @Test
    void plug_in_rules_never_make_the_points_of_a_purchase_negative() {
        // given
        Crm withPenalty = crmWith(b -> b.earningRule(fixed("penalty", -500)));

        // when
        PointsReceipt receipt = withPenalty.loyalty().earnForPurchase(order(li, "o-1", "100.00"));

        // then
        assertThat(receipt.points()).isZero();
        assertThat(receipt.explanation().stream().mapToLong(Contribution::points).sum()).isZero();
        assertThat(statementOf(li)).isEmpty();
        assertThat(balanceOf(li).lifetimeEarned()).isZero();
    }

    @Test
    void the_programme_is_read_back_as_it_was_defined() {
        // given
        define(aProgramme().pointsPerYuan("2.5").earning(e -> e.withCategoryMultiplier("fresh", new BigDecimal("1.5"))
                .withCaps(1000L, 3000L)));

        // when / then
        assertThat(loyalty.programme(tenant, programme.id())).hasValueSatisfying(p -> {
            assertThat(p.earning().pointsPerUnit()).isEqualByComparingTo("2.5");
            assertThat(p.earning().categoryMultipliers()).containsOnlyKeys("fresh");
            assertThat(p.earning().perOrderCap()).isEqualTo(1000L);
            assertThat(p.earning().perDayCap()).isEqualTo(3000L);
            assertThat(p.cashRate()).isEqualTo(programme.cashRate());
            assertThat(p.zone()).isEqualTo(SHANGHAI);
            assertThat(p.expiry().spec()).isEqualTo("never");
        });
        assertThat(buy(li, "o-1", "10.00").points()).isEqualTo(25);
    }

    private static EarningRule fixed(String name, long points) {
        return new EarningRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Contribution apply(EarningContext context) {
                return new Contribution(name, points, name + " of " + points);
            }
        };
    }
}
