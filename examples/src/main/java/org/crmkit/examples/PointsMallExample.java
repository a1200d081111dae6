package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** The README's points-mall example, kept compiling and run by a test. */
public final class PointsMallExample {

    private PointsMallExample() {}

    /** Runs the example on the in-memory storage at a fixed time and returns the mall's report. */
    public static List<MallItemReport> run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(java.time.Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "积分", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
        crm.loyalty().grant(new GrantPoints(shop, li.id(), ProgrammeId.DEFAULT, "welcome", 5_000, "welcome gift", null, "agent-1"));
        // --- README points mall example begins
        crm.mall().define(DefineReward.of(shop, ProgrammeId.DEFAULT, "coffee-voucher", "Coffee voucher", 800,
                Fulfilment.DIGITAL_CODE).withStock(1_000L).withLimit(2));                       // a code issued at once
        crm.mall().define(DefineReward.of(shop, ProgrammeId.DEFAULT, "kettle", "Electric kettle", 1_500,
                Fulfilment.SHIPPED_GOOD).withCash(Money.of("49.00", "CNY"))                     // 积分换购: points + cash
                .withStock(20L).withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        MallOrder voucher = crm.mall().redeem(new RedeemReward(shop, li.id(), ProgrammeId.DEFAULT, "coffee-voucher", 1, "mall-1"));
        MallOrder kettle = crm.mall().redeem(new RedeemReward(shop, li.id(), ProgrammeId.DEFAULT, "kettle", 1, "mall-2"));
        crm.mall().ship(new ShipMallOrder(shop, kettle.orderId(), "SF1234567890"));        // the host shipped it
        crm.mall().cancel(new CancelMallOrder(shop, voucher.orderId(), "agent-1"));       // points back, stock back
        List<MallItemReport> report = crm.mall().report(shop, ProgrammeId.DEFAULT);
        // --- README points mall example ends
        return report;
    }

    public static void main(String[] args) {
        run().forEach(System.out::println);
    }
}
