package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.earning.LimitPeriod;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: ids that hold {@code /} and {@code :} must not spell another customer's internal
 * counters. Customer {@code c} buys order {@code x/default:y}, customer {@code c/default:x} buys
 * order {@code y}: joined naively with {@code /} and {@code :} both name the same counters, and the
 * second was refused as "already earned". Each must get its own points, refunds, one-off bonuses and
 * campaign limits. The longest ids the commands accept must still fit the stores.
 */
public abstract class LoyaltyLookalikeIdsContract extends LoyaltyFixture {

    private CustomerId c;
    private CustomerId lookalike;
    private String orderOfC;

    @BeforeEach
    void twoCustomersWhoseIdsAndOrdersJoinAlike() {
        String programmeId = programme.id().value();
        c = registerAs("c");
        lookalike = registerAs("c/" + programmeId + ":x");
        orderOfC = "x/" + programmeId + ":y";
    }

    private CustomerId registerAs(String id) {
        return crm.customers().register(RegistrationBuilder.aRegistration(tenant).id(id).displayName("Member " + id).build()).id();
    }

    @Test
    void both_customers_earn_for_their_own_orders() {
        // given
        PointsReceipt first = buy(c, orderOfC, "100.00");

        // when
        PointsReceipt second = buy(lookalike, "y", "250.00");

        // then
        assertThat(first.points()).isEqualTo(100);
        assertThat(second.points()).isEqualTo(250);
        assertThat(availableOf(c)).isEqualTo(100);
        assertThat(availableOf(lookalike)).isEqualTo(250);
    }

    @Test
    void both_customers_earn_through_the_commerce_door() {
        // given
        PurchaseReceipt first = crm.commerce().recordPurchase(RecordPurchase.of(tenant, c, orderOfC, cny("100.00")).inProgramme(programme.id()));

        // when
        PurchaseReceipt second = crm.commerce().recordPurchase(RecordPurchase.of(tenant, lookalike, "y", cny("250.00"))
                .inProgramme(programme.id()));

        // then
        assertThat(first.points().orElseThrow().points()).isEqualTo(100);
        assertThat(second.points().orElseThrow().points()).isEqualTo(250);
        assertThat(availableOf(lookalike)).isEqualTo(250);
    }

    @Test
    void each_customers_refunds_count_against_their_own_order_only() {
        // given: c's refund sets the refunded amount and total of c's order
        buy(c, orderOfC, "100.00");
        buy(lookalike, "y", "250.00");
        refund(c, orderOfC, "100.00", "40.00");

        // when: the other order has another total, and may be refunded in full
        PointsReceipt reversed = refund(lookalike, "y", "250.00", "250.00");

        // then
        assertThat(reversed.points()).isEqualTo(250);
        assertThat(availableOf(lookalike)).isZero();
        assertThat(availableOf(c)).isEqualTo(60);
        assertThat(refund(c, orderOfC, "100.00", "60.00").points()).as("c's order keeps its own refunded amount").isEqualTo(60);
    }

    @Test
    void each_customer_gets_a_review_bonus_once_per_own_reference() {
        // given
        define(aProgramme().bonus(BonusEvent.REVIEW, 50));
        PointsReceipt first = reviewBonus(c, orderOfC);

        // when
        PointsReceipt second = reviewBonus(lookalike, "y");

        // then
        assertThat(first.points()).isEqualTo(50);
        assertThat(second.points()).isEqualTo(50);
        assertThatThrownBy(() -> reviewBonus(lookalike, "y")).as("still once per reference").isInstanceOf(LedgerRuleException.class);
        assertThat(availableOf(lookalike)).isEqualTo(50);
    }

    @Test
    void customers_whose_ids_end_like_a_limit_window_each_have_their_own_campaign_limit() {
        // given: a campaign doubling points, at most 30 extra points per customer per day
        define(aProgramme().campaign(Campaign.of("double", new BigDecimal("2"), clock.instant().minusSeconds(3600),
                clock.instant().plusSeconds(3600)).withPerCustomerLimit(30, LimitPeriod.DAY)));
        String today = clock.instant().atZone(SHANGHAI).toLocalDate().toString();
        CustomerId m = registerAs("m");
        CustomerId mToday = registerAs("m:" + today);
        CustomerId customerM = registerAs("customer:m");

        // when
        long first = buy(m, "o-1", "100.00").points();
        long second = buy(mToday, "o-2", "100.00").points();
        long third = buy(customerM, "o-3", "100.00").points();

        // then
        assertThat(first).isEqualTo(130);
        assertThat(second).isEqualTo(130);
        assertThat(third).isEqualTo(130);
        assertThat(buy(m, "o-4", "100.00").points()).as("the limit still holds per customer").isEqualTo(100);
    }

    @Test
    void the_longest_ids_of_every_kind_fit_the_counter_names() {
        // given: 64-character ids, a 128-character reference, all of characters the keys escape; a
        // programme and a tier ladder on it that both run a limited campaign and a first-purchase bonus
        Campaign campaign = Campaign.of("c".repeat(64), new BigDecimal("2"), clock.instant().minusSeconds(3600),
                clock.instant().plusSeconds(3600)).withPerCustomerLimit(30, LimitPeriod.WEEK);
        define(aProgramme().id("p".repeat(64)).bonus(BonusEvent.REVIEW, 50).bonus(BonusEvent.FIRST_PURCHASE, 10).campaign(campaign));
        crm.tiers().defineLadder(TierLadder.of(tenant, programme.id(), List.of(Tier.of("member", "member", 0), Tier.of("gold", "gold", 1000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI)
                .withGrowthEarning(EarningPolicy.basic(ProgrammeBuilder.CNY, BigDecimal.ONE).withCampaign(campaign)
                        .withBonus(BonusEvent.FIRST_PURCHASE, 10)));
        CustomerId colons = registerAs(":".repeat(64));
        String order = ":\\".repeat(32);

        // when
        PurchaseReceipt bought = crm.commerce().recordPurchase(RecordPurchase.of(tenant, colons, order, cny("100.00"))
                .inProgramme(programme.id()));
        long reversed = refund(colons, order, "100.00", "50.00").points();
        long bonus = reviewBonus(colons, ":".repeat(128)).points();

        // then
        assertThat(bought.points().orElseThrow().points()).isEqualTo(140);
        assertThat(bought.tier().orElseThrow().metric()).isEqualTo(140);
        assertThat(reversed).isEqualTo(70);
        assertThat(bonus).isEqualTo(50);
        assertThat(availableOf(colons)).isEqualTo(120);
    }

    private PointsReceipt reviewBonus(CustomerId who, String reference) {
        return loyalty.earnBonus(new EarnBonus(tenant, who, programme.id(), key("review"), BonusEvent.REVIEW, reference));
    }
}
