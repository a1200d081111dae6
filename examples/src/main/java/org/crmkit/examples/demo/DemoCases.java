package org.crmkit.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.Crm;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseReport;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.complaint.TimeRange;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * After-sales in the demo: about one purchase in 25 leads to a case (JD's after-sales centre:
 * returns, exchanges, repairs, complaints), acknowledged within JD's 24 business hours most of the
 * time but not always, some waiting on the customer, resolved with goodwill points now and then,
 * and rated by about six customers in ten.
 */
final class DemoCases implements CaseActivity {

    private static final String[] CATEGORIES = {"product-quality", "delivery", "service-attitude", "price", "food-safety"};
    private static final CaseChannel[] CHANNELS = {CaseChannel.APP, CaseChannel.PHONE, CaseChannel.ONLINE_CHAT, CaseChannel.WEB};

    private final Crm crm;
    private final TenantId shop;
    private SlaCheckReport checks = new SlaCheckReport(0, 0, 0, 0, 0);

    DemoCases(Crm crm, TenantId shop) {
        this.crm = crm;
        this.shop = shop;
    }

    /** A 09:00-18:00 weekday calendar in Shanghai with 2024's and 2025's public holidays, and JD's 24-hour acknowledgement. */
    void define() {
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(DemoShop.ZONE).weekdays(TimeRange.of(java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(18, 0)));
        for (String holiday : new String[] {"2024-01-01", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16",
            "2024-04-04", "2024-04-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-10", "2024-09-16", "2024-09-17", "2024-10-01",
            "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07", "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03",
            "2025-02-04", "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03",
            "2025-10-06", "2025-10-07", "2025-10-08"}) {
            calendar.holiday(LocalDate.parse(holiday));
        }
        crm.complaints().definePolicy(CasePolicy.defaults(shop, DemoShop.ZONE).withCalendar(calendar.build()));
    }

    @Override
    public void maybeOpen(Simulation simulation, CustomerId customer, String orderId, LocalDate purchased, SplittableRandom random) {
        if (random.nextDouble() >= 0.04) {
            return;
        }
        double t = random.nextDouble();
        CaseType type = t < 0.4 ? CaseType.COMPLAINT : t < 0.65 ? CaseType.RETURN : t < 0.8 ? CaseType.EXCHANGE : t < 0.9 ? CaseType.REPAIR
                : CaseType.INQUIRY;
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        CaseChannel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        LocalDate opened = purchased.plusDays(1 + random.nextInt(7));
        int openMinute = 8 * 60 + random.nextInt(14 * 60);
        double speed = random.nextDouble();
        int ackMinutes = speed < 0.7 ? 10 + random.nextInt(240) : speed < 0.9 ? 240 + random.nextInt(1200) : 4000 + random.nextInt(4000);
        boolean waits = random.nextDouble() < 0.3;
        int resolveDays = 1 + random.nextInt(5);
        boolean goodwill = type == CaseType.COMPLAINT && random.nextDouble() < 0.3;
        boolean surveyed = random.nextDouble() < 0.6;
        int score = random.nextDouble() < 0.8 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        AtomicReference<Case> opening = new AtomicReference<>();
        simulation.at(opened, openMinute, () -> opening.set(crm.complaints().open(OpenCase.of(shop, customer, type, category, channel,
                type.name().toLowerCase(java.util.Locale.ROOT) + " about order " + orderId).about(OrderLink.of(orderId)))));
        int ackAt = openMinute + ackMinutes;
        simulation.at(opened.plusDays(ackAt / 1440), ackAt % 1440, () -> work(opening.get(), waits));
        int resolveAt = ackAt + 60;
        LocalDate resolvedOn = opened.plusDays(ackAt / 1440 + resolveDays);
        simulation.at(resolvedOn, Math.max(9 * 60, resolveAt % 1440), () -> resolve(opening.get(), type, goodwill));
        if (surveyed) {
            simulation.at(resolvedOn.plusDays(1), 21 * 60, () -> survey(opening.get(), score));
        }
    }

    private void work(Case c, boolean waits) {
        if (c == null) {
            return;
        }
        crm.complaints().move(MoveCase.to(shop, c.id(), CaseStatus.ACKNOWLEDGED, "agent"));
        crm.complaints().move(MoveCase.to(shop, c.id(), CaseStatus.IN_PROGRESS, "agent"));
        crm.complaints().respond(new RecordResponse(shop, c.id(), "agent", "we are looking into it"));
        if (waits) {
            crm.complaints().move(MoveCase.to(shop, c.id(), CaseStatus.WAITING_ON_CUSTOMER, "agent").noting("photos requested"));
        }
    }

    private void resolve(Case c, CaseType type, boolean goodwill) {
        if (c == null) {
            return;
        }
        Case now = crm.complaints().find(shop, c.id()).orElseThrow();
        if (now.status() == CaseStatus.WAITING_ON_CUSTOMER) {
            now = crm.complaints().move(MoveCase.to(shop, c.id(), CaseStatus.IN_PROGRESS, "agent").noting("photos received"));
        }
        if (!now.status().canMoveTo(CaseStatus.RESOLVED)) {
            return;
        }
        ResolutionOutcome outcome = switch (type) {
            case RETURN -> ResolutionOutcome.REFUND;
            case EXCHANGE -> ResolutionOutcome.REPLACEMENT;
            case REPAIR -> ResolutionOutcome.REPAIR;
            case COMPLAINT -> goodwill ? ResolutionOutcome.COMPENSATION : ResolutionOutcome.EXPLANATION;
            default -> ResolutionOutcome.EXPLANATION;
        };
        ResolveCase resolve = ResolveCase.of(shop, c.id(), outcome, "handled by the after-sales centre", "agent");
        crm.complaints().resolve(goodwill ? resolve.withGoodwill(500, DemoShop.PROGRAMME) : resolve);
    }

    private void survey(Case c, int score) {
        if (c != null && crm.complaints().find(shop, c.id()).orElseThrow().status() == CaseStatus.RESOLVED) {
            crm.complaints().recordSatisfaction(new RecordSatisfaction(shop, c.id(), score, null));
        }
    }

    @Override
    public void checkSlas(Instant now) {
        checks = checks.plus(crm.complaints().checkSlas(shop, now, 0, 1));
    }

    private static Map<CaseType, Long> byType(CaseReport report) {
        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            byType.put(type, report.byType().getOrDefault(type, 0L));
        }
        return byType;
    }

    /** The period's after-sales figures. */
    DemoReport.CaseFigures figures(Instant from, Instant to) {
        CaseReport report = crm.complaints().report(shop, from, to);
        long resolved = report.byStatus().getOrDefault(CaseStatus.RESOLVED, 0L) + report.byStatus().getOrDefault(CaseStatus.CLOSED, 0L);
        return new DemoReport.CaseFigures(report.total(), resolved, report.slaCompliance().orElse(Double.NaN),
                report.csatAverage().orElse(Double.NaN), checks.breached(), byType(report));
    }

}
