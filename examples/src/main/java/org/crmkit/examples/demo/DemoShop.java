package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;

/**
 * The demo tenant, configured like the seeds' stores: Suning-style points as cash (100 points pay
 * CNY 1, at most half an order), valid to the end of the next calendar year, pending for 7 days
 * (the return window); JD's five growth-value tiers, on the growth value of the last 12 months
 * (each purchase's growth expires a year after it), assessed monthly with 12 months' retention and
 * one tier down at a time; the higher tiers with member prices (2%, 5%, 8% off) and free shipping
 * (gold and diamond).
 */
final class DemoShop {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Currency CNY = Currency.getInstance("CNY");
    static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    static final List<String> TIERS = List.of("registered", "bronze", "silver", "gold", "diamond");
    /** Each tier's display name, as JD names them. */
    static final java.util.Map<String, String> TIER_NAMES = java.util.Map.of("registered", "注册会员", "bronze", "铜牌会员", "silver",
            "银牌会员", "gold", "金牌会员", "diamond", "钻石会员");

    private DemoShop() {}

    /** A tier's points multiplier, member-price discount (会员价) and free shipping. */
    private static TierBenefits benefits(String multiplier, String memberDiscount, boolean freeShipping) {
        return new TierBenefits(new BigDecimal(multiplier), new BigDecimal(memberDiscount), freeShipping, 4, java.util.Map.of());
    }

    static void define(Crm crm, TenantId shop) {
        EarningPolicy earning = EarningPolicy.basic(CNY, BigDecimal.ONE)
                .withBonus(BonusEvent.REVIEW, 20)
                .withBonus(BonusEvent.SIGN_UP, 100);
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, PROGRAMME, "积分", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.endOfYear(1), Duration.ofDays(7), Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                new RedemptionLimits(new BigDecimal("0.5"), 100, 100), ZONE, earning));
        crm.tiers().defineLadder(TierLadder.of(shop, PROGRAMME, List.of(
                Tier.of("registered", TIER_NAMES.get("registered"), 0),
                new Tier("bronze", TIER_NAMES.get("bronze"), 1_000, benefits("1.1", "0", false)),
                new Tier("silver", TIER_NAMES.get("silver"), 3_000, benefits("1.2", "0.02", false)),
                new Tier("gold", TIER_NAMES.get("gold"), 10_000, benefits("1.5", "0.05", true)),
                new Tier("diamond", TIER_NAMES.get("diamond"), 30_000, benefits("2", "0.08", true))),
                new RollingGrowth(12), TierPolicies.jd(), ZONE));
    }
}
