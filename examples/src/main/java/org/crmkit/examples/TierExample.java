package org.crmkit.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierStatus;
import org.crmkit.value.history.RecordPurchase;

/** The README's tier example, kept compiling and run by a test. */
public final class TierExample {

    private TierExample() {}

    /** Runs the example on the in-memory storage at a fixed time and returns Li's status. */
    public static TierStatus run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(java.time.Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        // --- README tier example begins
        TierLadder jd = TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(
                Tier.of("registered", "注册会员", 0), Tier.of("bronze", "铜牌会员", 1_000),
                Tier.of("silver", "银牌会员", 3_000),
                new Tier("gold", "金牌会员", 10_000, TierBenefits.NONE.withPointsMultiplier("1.5")),
                Tier.of("diamond", "钻石会员", 30_000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE); // 1 growth per yuan; monthly, 12 months' retention
        crm.tiers().defineLadder(jd);
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li.id(), "order-1",
                Money.of("12000.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));    // upgraded to gold at once
        crm.tiers().assess(shop, ProgrammeId.DEFAULT, LocalDate.of(2026, 12, 1), 0, 1, AssessmentListener.NONE);
        // --- README tier example ends
        return crm.tiers().status(shop, li.id(), ProgrammeId.DEFAULT);
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
