package org.crmkit.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueLevel;

/** The README's customer-value example: purchases, a refund, a scoring run, churn and a segment. */
public final class ValueExample {

    /** What the example found. */
    public record Result(PurchaseSummary summary, ScoringReport scoring, ChurnReport churn, long spenders) {}

    private ValueExample() {}

    /** Runs the example on the in-memory storage at a fixed time. */
    public static Result run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(java.time.Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        // --- README value example begins
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li.id(), "order-1", Money.of("299.00", "CNY"))
                .at(Instant.parse("2026-01-05T03:00:00Z")).via("ALIPAY", "APP"));        // add .inProgramme(id) to earn points too
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li.id(), "order-2", Money.of("120.00", "CNY"))
                .at(Instant.parse("2026-02-10T12:00:00Z")));
        crm.commerce().recordRefund(RecordRefund.of(shop, li.id(), "order-2", "refund-1", Money.of("20.00", "CNY")));
        PurchaseSummary totals = crm.value().summary(shop, li.id()).orElseThrow();       // 2 orders, CNY 399.00 net

        ScoringReport scoring = crm.value().score(ScoreCustomers.of(shop));              // RFM, BG/NBD, Gamma-Gamma, CLV, pyramid
        ChurnReport churn = crm.value().churn(shop, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), ChurnDimension.COHORT);
        Segment bigSpenders = Segment.of("big spenders", Criteria.totalSpendAtLeast(new BigDecimal("300"))
                .and(Criteria.not(Criteria.valueLevel(ValueLevel.LEAD))));
        long spenders = crm.segments().count(shop, bigSpenders);
        // --- README value example ends
        return new Result(totals, scoring, churn, spenders);
    }

    public static void main(String[] args) {
        Result result = run();
        System.out.println(result.summary());
        System.out.println(result.scoring());
        System.out.println(result.churn());
        System.out.println("big spenders: " + result.spenders());
    }
}
