package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crmkit.Crm;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.shared.CustomerId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loyalty context asks the tier context for a member's points multiplier: a gold member of a
 * ladder whose gold tier gives x1.5 earns half as much again, explained as a "tier" contribution.
 */
public abstract class TierLoyaltyIntegrationContract extends TierFixture {

    private int orders;

    @BeforeEach
    void defineALadderWithGoldBenefitsAndAProgramme() {
        List<Tier> rungs = new ArrayList<>(jdLadder(tenant).tiers());
        Tier gold = rungs.get(3);
        rungs.set(3, new Tier(gold.code(), gold.displayName(), gold.threshold(), TierBenefits.NONE.withPointsMultiplier("1.5")));
        tiers.defineLadder(TierLadder.of(tenant, PROGRAMME, rungs, QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));
        defineProgramme(e -> e);
    }

    private LoyaltyProgramme defineProgramme(UnaryOperator<EarningPolicy> earning) {
        LoyaltyProgramme programme = ProgrammeBuilder.aProgramme(tenant).earning(earning).build();
        crm.loyalty().defineProgramme(programme);
        return programme;
    }

    private PointsReceipt earn(Crm with, CustomerId who, String paid) {
        String orderId = "shop-" + (++orders);
        return with.loyalty().earnForPurchase(new PurchaseOrder(tenant, who, PROGRAMME, "purchase:" + orderId, orderId, cny(paid), null,
                List.of()));
    }

    @Test
    void a_gold_members_purchase_earns_one_and_a_half_times_the_points_explained_as_tier() {
        // given
        buy(li, "12000.00");

        // when
        PointsReceipt gold = earn(crm, li, "100.00");
        PointsReceipt registered = earn(crm, han, "100.00");

        // then
        assertThat(gold.points()).isEqualTo(150);
        assertThat(gold.explanation()).extracting(Contribution::rule, Contribution::points)
                .containsExactly(tuple("base", 100L), tuple("tier", 50L));
        assertThat(gold.explanation().get(1).explanation()).contains("gold", "1.5");
        assertThat(registered.points()).isEqualTo(100);
        assertThat(registered.explanation()).extracting(Contribution::rule).containsExactly("base");
    }

    @Test
    void a_member_below_gold_earns_the_base_rate() {
        // given
        buy(li, "9999.00");

        // when
        PointsReceipt receipt = earn(crm, li, "100.00");

        // then
        assertThat(receipt.points()).isEqualTo(100);
    }

    @Test
    void an_override_to_gold_earns_the_gold_multiplier() {
        // given
        tiers.override(new OverrideTier(tenant, li, PROGRAMME, "gold", "key account", "agent-7", shanghai("2025-12-31T00:00")));

        // when
        PointsReceipt receipt = earn(crm, li, "100.00");

        // then
        assertThat(receipt.points()).isEqualTo(150);
    }

    @Test
    void the_programmes_own_tier_multiplier_wins_over_the_tier_benefit() {
        // given
        defineProgramme(e -> e.withTierMultiplier("gold", new BigDecimal("2")));
        buy(li, "12000.00");

        // when
        PointsReceipt receipt = earn(crm, li, "100.00");

        // then
        assertThat(receipt.points()).isEqualTo(200);
    }

    @Test
    void a_tier_lookup_given_to_the_builder_replaces_the_ladder() {
        // given
        buy(li, "12000.00");
        Crm withoutTiers = Crm.builder().storage(storage()).clock(clock).tierLookup(TierLookup.NONE).build();

        // when
        PointsReceipt receipt = earn(withoutTiers, li, "100.00");

        // then
        assertThat(receipt.points()).isEqualTo(100);
    }
}
