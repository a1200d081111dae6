package org.crmkit.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
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

/** The programmes of the ledger suites. */
public final class LedgerPrograms {

    private static final Currency CNY = Currency.getInstance("CNY");

    private LedgerPrograms() {}

    /**
     * The programme {@link LedgerModel} describes: 1 point per yuan, rounded down; 100 points =
     * CNY 1.00; points expire 2 months after earning; purchase points pending for 7 days; holds
     * live 15 minutes; holds of at least 10 points, in fives, for at most half the order; bonuses
     * for sign-up (50), review (20) and a first purchase (30).
     */
    public static LoyaltyProgramme forInvariants(TenantId tenant, DebtPolicy policy) {
        return new LoyaltyProgramme(tenant, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")), RoundingMode.DOWN,
                ExpiryPolicies.rollingMonths(LedgerModel.EXPIRY_MONTHS), LedgerModel.PENDING_PERIOD, LedgerModel.HOLD_TTL, policy,
                new RedemptionLimits(new BigDecimal("0.5"), LedgerModel.MIN_HOLD, LedgerModel.HOLD_MULTIPLE), Crm.DEFAULT_ZONE,
                EarningPolicy.basic(CNY, BigDecimal.ONE)
                        .withBonus(BonusEvent.SIGN_UP, LedgerModel.SIGN_UP_BONUS)
                        .withBonus(BonusEvent.REVIEW, LedgerModel.REVIEW_BONUS)
                        .withBonus(BonusEvent.FIRST_PURCHASE, LedgerModel.FIRST_PURCHASE_BONUS));
    }

    /** {@link #simple} whose points expire {@code months} months after they were earned. */
    public static LoyaltyProgramme expiring(TenantId tenant, int months, Duration holdTtl) {
        LoyaltyProgramme p = simple(tenant, DebtPolicy.REPORT_SHORTFALL, holdTtl);
        return new LoyaltyProgramme(tenant, p.id(), p.pointsName(), p.cashRate(), p.rounding(), ExpiryPolicies.rollingMonths(months),
                p.pendingPeriod(), p.holdTtl(), p.debtPolicy(), p.redemptionLimits(), p.zone(), p.earning());
    }

    /**
     * A plain programme for concurrency tests: 1 point per yuan, available at once (no pending
     * period), never expiring, holds of any size living {@code holdTtl}.
     */
    public static LoyaltyProgramme simple(TenantId tenant, DebtPolicy policy, Duration holdTtl) {
        return new LoyaltyProgramme(tenant, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")), RoundingMode.DOWN,
                ExpiryPolicies.never(), Duration.ZERO, holdTtl, policy, RedemptionLimits.NONE, Crm.DEFAULT_ZONE,
                EarningPolicy.basic(CNY, BigDecimal.ONE));
    }
}
