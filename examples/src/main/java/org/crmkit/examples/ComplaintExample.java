package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Currency;
import org.crmkit.Crm;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseReport;
import org.crmkit.complaint.CaseSlaStatus;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.RoutingRule;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.complaint.TimeRange;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.RecordPurchase;

/** The README's complaint example, kept compiling and run by a test. */
public final class ComplaintExample {

    /** What the example leaves behind, for its test. */
    public record Outcome(Case resolved, CaseSlaStatus slaAtOpen, SlaCheckReport check, CaseReport report, long points) {}

    private ComplaintExample() {}

    /** Runs the example on the in-memory storage, opening the case on Friday 6 March 2026 at 17:50 in Shanghai. */
    public static Outcome run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(Clock.fixed(Instant.parse("2026-03-06T09:50:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "积分", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.endOfYear(1), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li.id(), "order-1", Money.of("89.00", "CNY")));  // cases link to recorded orders
        // --- README complaint example begins
        crm.complaints().definePolicy(CasePolicy.defaults(shop, Crm.DEFAULT_ZONE)    // 24 h to acknowledge (JD), 48 h, a week
                .withCalendar(BusinessCalendar.builder(Crm.DEFAULT_ZONE)
                        .weekdays(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                        .holiday(LocalDate.of(2026, 5, 1)).build())                      // SLA clocks count working hours
                .withRouting(RoutingTable.DEFAULT.withRule(RoutingRule.type(CaseType.RETURN, "returns"))));

        Case opened = crm.complaints().open(OpenCase.of(shop, li.id(), CaseType.COMPLAINT, "delivery", CaseChannel.APP,
                "parcel arrived crushed").about(OrderLink.of("order-1")).withRequestKey("app-req-1"));   // C-2026-000001
        CaseSlaStatus sla = crm.complaints().sla(shop, opened.id());        // due, elapsed, remaining, breached
        crm.complaints().move(MoveCase.to(shop, opened.id(), CaseStatus.ACKNOWLEDGED, "agent-wang"));   // 受理
        crm.complaints().move(MoveCase.to(shop, opened.id(), CaseStatus.IN_PROGRESS, "agent-wang"));
        Case resolved = crm.complaints().resolve(ResolveCase.of(shop, opened.id(), ResolutionOutcome.COMPENSATION,
                "apology and a new parcel", "agent-wang").withGoodwill(500));   // points granted in the same transaction
        crm.complaints().recordSatisfaction(new RecordSatisfaction(shop, opened.id(), 5, "quick and kind"));

        SlaCheckReport check = crm.complaints().checkSlas(crm.clock().instant(), 0, 1);   // from any scheduler: shard 0 of 1
        CaseReport report = crm.complaints().report(shop, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        // --- README complaint example ends
        long points = crm.loyalty().balance(shop, li.id(), ProgrammeId.DEFAULT).available();
        return new Outcome(resolved, sla, check, report, points);
    }

    public static void main(String[] args) {
        Outcome outcome = run();
        System.out.println(outcome.resolved().number() + " " + outcome.resolved().status() + ", acknowledge due "
                + outcome.slaAtOpen().readings().get(0).dueAt() + "; " + outcome.report());
    }
}
