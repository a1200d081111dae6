package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.RecordPurchase;

/** The README's one-door example: a purchase feeds every context once, a replay changes nothing, a cancellation undoes it. */
public final class CommerceExample {

    /** What the example found. */
    public record Result(PurchaseReceipt first, PurchaseReceipt replay, PurchaseReceipt cancelled, List<TimelineEntry> timeline) {}

    private CommerceExample() {}

    /** Runs the example on the in-memory storage at a fixed time. */
    public static Result run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(java.time.Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "积分", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
        crm.tiers().defineLadder(TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "注册会员", 0),
                Tier.of("bronze", "铜牌会员", 1_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE));
        // --- README commerce example begins
        RecordPurchase order = RecordPurchase.of(shop, li.id(), "order-1", Money.of("1200.00", "CNY"))
                .inProgramme(ProgrammeId.DEFAULT);
        PurchaseReceipt first = crm.commerce().recordPurchase(order);    // history, points, growth, lifecycle, timeline
        PurchaseReceipt again = crm.commerce().recordPurchase(order);    // replay: first result, nothing changes
        PurchaseReceipt cancelled = crm.commerce().cancelOrder(CancelOrder.of(shop, li.id(), "order-1"));
        List<TimelineEntry> timeline = crm.timeline().page(shop, li.id(), PageRequest.first(20)).items();
        // --- README commerce example ends
        return new Result(first, again, cancelled, timeline);
    }

    public static void main(String[] args) {
        Result result = run();
        System.out.println(result.first());
        System.out.println(result.replay());
        System.out.println(result.cancelled());
        result.timeline().forEach(System.out::println);
    }
}
