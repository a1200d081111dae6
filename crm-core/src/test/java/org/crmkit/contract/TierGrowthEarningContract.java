package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.earning.OrderLine;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ValidationException;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

/**
 * Growth value from purchases is rated by the loyalty context's earning rules, as points are:
 * category and product multipliers, tier multipliers, campaigns within their budgets, caps, the
 * first-purchase bonus, each rule explained; refunds take growth back in proportion to what the
 * order earned. It stays a balance of its own: no points are involved.
 */
public abstract class TierGrowthEarningContract extends TierFixture {

    private static final Currency CNY = Currency.getInstance("CNY");

    private void growthBy(EarningPolicy policy) {
        tiers.defineLadder(jdLadder(tenant).withGrowthEarning(policy));
    }

    private static EarningPolicy oneGrowthPerYuan() {
        return EarningPolicy.basic(CNY, BigDecimal.ONE);
    }

    private TierStatus buyLines(CustomerId who, String orderId, String paid, OrderLine... lines) {
        return tiers.recordPurchase(new RecordTierPurchase(tenant, who, PROGRAMME, "buy:" + orderId, orderId, cny(paid), null, List.of(lines)));
    }

    @Test
    void a_purchase_earns_growth_by_category_and_product_multipliers_and_explains_each_rule() {
        // given
        growthBy(oneGrowthPerYuan().withCategoryMultiplier("fresh", new BigDecimal("2")).withProductMultiplier("sku-phone", new BigDecimal("3")));

        // when
        TierStatus status = buyLines(li, "o-1", "300.00", new OrderLine("sku-apple", "fresh", cny("100.00")),
                new OrderLine("sku-phone", "digital", cny("200.00")));

        // then
        assertThat(status.growthEarned()).extracting(Contribution::rule, Contribution::points)
                .containsExactly(tuple("base", 300L), tuple("category", 500L));
        assertThat(status.growthEarned().get(1).explanation()).contains("fresh x2", "product sku-phone x3");
        assertThat(status.metric()).isEqualTo(800);
    }

    @Test
    void members_of_a_tier_earn_growth_faster_by_the_policys_tier_multiplier() {
        // given
        growthBy(oneGrowthPerYuan().withTierMultiplier("gold", new BigDecimal("1.5")));
        buy(li, "12000.00");

        // when
        TierStatus status = buy(li, "1000.00");

        // then
        assertThat(status.growthEarned()).extracting(Contribution::rule, Contribution::points)
                .containsExactly(tuple("base", 1000L), tuple("tier", 500L));
        assertThat(status.metric()).isEqualTo(13_500);
    }

    @Test
    void a_growth_campaign_gives_its_bonus_within_its_budget_and_a_replayed_purchase_spends_none_of_it() {
        // given: double growth in May 2025 with 1,500 growth to give
        growthBy(oneGrowthPerYuan().withCampaign(
                Campaign.of("may-double", new BigDecimal("2"), shanghai("2025-05-01T00:00"), shanghai("2025-06-01T00:00")).withBudget(1500)));

        // when
        TierStatus first = buy(li, "o-1", "1000.00");
        TierStatus replayed = buy(li, "o-1", "1000.00");
        TierStatus second = buy(han, "o-2", "1000.00");

        // then
        assertThat(first.metric()).isEqualTo(2000);
        assertThat(replayed.metric()).isEqualTo(2000);
        assertThat(second.metric()).isEqualTo(1500);
        assertThat(second.growthEarned()).filteredOn(c -> c.rule().equals("campaign:may-double")).singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("cut from 1000"));
    }

    @Test
    void caps_limit_the_growth_of_an_order_and_of_a_day() {
        // given: at most 800 per order and 1,000 per day
        growthBy(oneGrowthPerYuan().withCaps(800L, 1000L));

        // when
        long capped = buy(li, "1000.00").metric();
        long dayFull = buy(li, "500.00").metric();
        at("2025-05-11T10:00");
        long nextDay = buy(li, "500.00").metric();

        // then
        assertThat(capped).isEqualTo(800);
        assertThat(dayFull).isEqualTo(1000);
        assertThat(nextDay).isEqualTo(1500);
    }

    @Test
    void the_first_purchase_earns_the_policys_bonus_once() {
        // given
        growthBy(oneGrowthPerYuan().withBonus(BonusEvent.FIRST_PURCHASE, 100));

        // when
        long first = buy(li, "500.00").metric();
        long second = buy(li, "500.00").metric();

        // then
        assertThat(first).isEqualTo(600);
        assertThat(second).isEqualTo(1100);
    }

    @Test
    void a_refund_takes_back_growth_in_proportion_to_what_the_order_earned() {
        // given: 100 yuan of fresh food earned 200 growth
        growthBy(oneGrowthPerYuan().withCategoryMultiplier("fresh", new BigDecimal("2")));
        buyLines(li, "o-1", "100.00", new OrderLine("sku-apple", "fresh", cny("100.00")));
        buy(li, "o-2", "1000.00");

        // when
        long quarterBack = tiers.recordRefund(new RecordTierRefund(tenant, li, PROGRAMME, "r-1", "o-1", cny("100.00"), cny("25.00"), false,
                null)).metric();
        long allBack = tiers.recordRefund(new RecordTierRefund(tenant, li, PROGRAMME, "r-2", "o-1", cny("100.00"), cny("75.00"), true,
                null)).metric();

        // then
        assertThat(quarterBack).isEqualTo(1150);
        assertThat(allBack).isEqualTo(1000);
    }

    @Test
    void a_purchase_in_another_currency_or_with_lines_that_do_not_add_up_is_refused() {
        // when
        ValidationException dollars = validationErrorOf(() -> tiers.recordPurchase(
                new RecordTierPurchase(tenant, li, PROGRAMME, "buy:usd", "usd", Money.of("100.00", "USD"), null)));
        ValidationException lines = validationErrorOf(() -> buyLines(li, "o-1", "100.00", new OrderLine("sku-apple", "fresh", cny("90.00"))));

        // then
        assertThat(fieldsOf(dollars)).containsExactly("paid");
        assertThat(dollars.getMessage()).contains("CNY");
        assertThat(fieldsOf(lines)).containsExactly("lines");
        assertThat(historyOf(li)).isEmpty();
    }
}
