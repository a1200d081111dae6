package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A custom earning rule registered through ServiceLoader ({@link NightOwlBonusRule}, listed in
 * {@code META-INF/services/org.crmkit.loyalty.spi.EarningRule}): nothing to pass to the builder.
 */
public final class EarningRuleExample {

    private EarningRuleExample() {}

    /** Earns for an order paid at 01:30 Shanghai time and returns the receipt with its explanation. */
    public static PointsReceipt run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(java.time.Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        ProgrammeId nightOwls = ProgrammeId.of(NightOwlBonusRule.PROGRAMME);
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, nightOwls, "积分", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
        return crm.loyalty().earnForPurchase(new PurchaseOrder(shop, li.id(), nightOwls, "purchase:late-1", "late-1",
                Money.of("100.00", "CNY"), Instant.parse("2026-02-28T17:30:00Z"), List.of()));   // 01:30 in Shanghai
    }

    public static void main(String[] args) {
        System.out.println(run().explanation());
    }
}
