package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;

/** The README's loyalty example, kept compiling and run by a test. */
public final class LoyaltyExample {

    private LoyaltyExample() {}

    /** Runs the example on the in-memory storage and returns the final balance. */
    public static BalanceView run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage()).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        // --- README loyalty example begins
        Currency cny = Currency.getInstance("CNY");
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "积分",
                CashRate.of(100, Money.of("1.00", "CNY")),          // Suning style: 100 points pay CNY 1
                RoundingMode.DOWN, ExpiryPolicies.endOfYear(1),      // valid to the end of next year
                Duration.ZERO, Duration.ofMinutes(15),               // no pending period here; holds live 15 min
                DebtPolicy.REPORT_SHORTFALL, RedemptionLimits.NONE, Crm.DEFAULT_ZONE,
                EarningPolicy.basic(cny, BigDecimal.ONE)));          // 1 point per yuan paid

        PurchaseReceipt paid = crm.commerce().recordPurchase(                 // the one door: points, growth, timeline...
                RecordPurchase.of(shop, li.id(), "order-1", Money.of("299.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));
        PointsReceipt hold = crm.loyalty().hold(new HoldPoints(shop, li.id(), ProgrammeId.DEFAULT,
                "checkout-2", 200, "order-2", Money.of("50.00", "CNY"), null));  // 200 points = CNY 2 off
        crm.loyalty().commit(new CommitHold(shop, "paid-2", hold.holdId()));      // order 2 was paid
        crm.commerce().recordRefund(RecordRefund.of(shop, li.id(), "order-1", "refund-1",
                Money.of("100.00", "CNY")));                                  // a third of order 1 refunded
        BalanceView balance = crm.loyalty().balance(shop, li.id(), ProgrammeId.DEFAULT);
        // --- README loyalty example ends
        PointsReceipt earned = paid.points().orElseThrow();
        System.out.println("earned " + earned.points() + ", explained by " + earned.explanation());
        return balance;
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
