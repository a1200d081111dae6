package org.crmkit.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.function.UnaryOperator;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Builds {@link LoyaltyProgramme}s with plain defaults, so a test states only what it is about:
 * one point per CNY paid, rounded down, 100 points = CNY 1.00, never expiring, no pending period,
 * 15-minute holds, {@link DebtPolicy#REPORT_SHORTFALL}, no redemption limits, Asia/Shanghai.
 */
public final class ProgrammeBuilder {

    public static final Currency CNY = Currency.getInstance("CNY");

    private final TenantId tenantId;
    private ProgrammeId id = ProgrammeId.DEFAULT;
    private CashRate cashRate = CashRate.of(100, Money.of("1.00", "CNY"));
    private RoundingMode rounding = RoundingMode.DOWN;
    private ExpiryPolicy expiry = ExpiryPolicies.never();
    private Duration pendingPeriod = Duration.ZERO;
    private Duration holdTtl = Duration.ofMinutes(15);
    private DebtPolicy debtPolicy = DebtPolicy.REPORT_SHORTFALL;
    private RedemptionLimits limits = RedemptionLimits.NONE;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private EarningPolicy earning = EarningPolicy.basic(CNY, BigDecimal.ONE);

    private ProgrammeBuilder(TenantId tenantId) {
        this.tenantId = tenantId;
    }

    /** The default programme of {@code tenantId}. */
    public static ProgrammeBuilder aProgramme(TenantId tenantId) {
        return new ProgrammeBuilder(tenantId);
    }

    public ProgrammeBuilder id(String value) {
        id = ProgrammeId.of(value);
        return this;
    }

    public ProgrammeBuilder cashRate(long points, String cny) {
        cashRate = CashRate.of(points, Money.of(cny, "CNY"));
        return this;
    }

    public ProgrammeBuilder rounding(RoundingMode value) {
        rounding = value;
        return this;
    }

    public ProgrammeBuilder expiry(ExpiryPolicy value) {
        expiry = value;
        return this;
    }

    public ProgrammeBuilder pendingFor(Duration value) {
        pendingPeriod = value;
        return this;
    }

    public ProgrammeBuilder holdTtl(Duration value) {
        holdTtl = value;
        return this;
    }

    public ProgrammeBuilder debtPolicy(DebtPolicy value) {
        debtPolicy = value;
        return this;
    }

    public ProgrammeBuilder redemptionLimits(String maxShareOfOrder, long minimumPoints, long multipleOf) {
        limits = new RedemptionLimits(new BigDecimal(maxShareOfOrder), minimumPoints, multipleOf);
        return this;
    }

    public ProgrammeBuilder zone(String value) {
        zone = ZoneId.of(value);
        return this;
    }

    public ProgrammeBuilder pointsPerYuan(String value) {
        earning = new EarningPolicy(CNY, new BigDecimal(value), earning.categoryMultipliers(), earning.productMultipliers(), earning.tierMultipliers(),
                earning.campaigns(), earning.perOrderCap(), earning.perDayCap(), earning.bonuses());
        return this;
    }

    /** Changes the earning policy, e.g. {@code e -> e.withCaps(500L, null)}. */
    public ProgrammeBuilder earning(UnaryOperator<EarningPolicy> change) {
        earning = change.apply(earning);
        return this;
    }

    public ProgrammeBuilder campaign(Campaign campaign) {
        return earning(e -> e.withCampaign(campaign));
    }

    public ProgrammeBuilder bonus(BonusEvent event, long points) {
        return earning(e -> e.withBonus(event, points));
    }

    public LoyaltyProgramme build() {
        return new LoyaltyProgramme(tenantId, id, "points", cashRate, rounding, expiry, pendingPeriod, holdTtl, debtPolicy, limits,
                zone, earning);
    }
}
