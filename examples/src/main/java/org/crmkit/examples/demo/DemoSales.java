package org.crmkit.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.Crm;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.DisqualifyLead;
import org.crmkit.sales.FunnelGrouping;
import org.crmkit.sales.Lead;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.QualifyLead;
import org.crmkit.sales.SalesFunnel;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A small sales funnel in the demo (004: 寻找客源, 跟踪回访; 000: 销售机会): companies buying gift
 * boxes for their staff at the festivals come in as leads over the last year, one for every 80
 * shoppers (at least 12, at most 60), from three sources to three salespeople. About three in ten
 * are disqualified; the rest become opportunities that move through the funnel's stages (proposal,
 * negotiation) and are won or lost, each step some days after the one before.
 */
final class DemoSales {

    private static final String[] SOURCES = {"trade-fair", "referral", "website"};
    private static final String[] OWNERS = {"zhang.wei", "li.na", "wang.fang"};
    private static final String[] COMPANIES = {"科技", "贸易", "物流", "文化", "餐饮", "教育"};

    private final Crm crm;
    private final TenantId shop;

    DemoSales(Crm crm, TenantId shop) {
        this.crm = crm;
        this.shop = shop;
    }

    /** Schedules the leads and what becomes of them within the last simulated year. */
    void schedule(Simulation simulation, DemoSettings settings, SplittableRandom random) {
        int leads = Math.max(12, Math.min(60, settings.customers() / 80));
        int days = (int) (settings.end().toEpochDay() - settings.lastYear().toEpochDay()) - 60;
        for (int i = 0; i < leads; i++) {
            String key = String.format("lead-%03d", i);
            LocalDate captured = settings.lastYear().plusDays(random.nextInt(days));
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            String name = "上海" + COMPANIES[random.nextInt(COMPANIES.length)] + "有限公司 " + (i + 1);
            long boxes = 20 + random.nextInt(400);
            boolean qualified = random.nextDouble() < 0.7;
            double progress = random.nextDouble();
            boolean won = random.nextDouble() < 0.55;
            int[] gaps = {3 + random.nextInt(8), 5 + random.nextInt(11), 5 + random.nextInt(11), 3 + random.nextInt(10)};
            AtomicReference<Lead> lead = new AtomicReference<>();
            AtomicReference<Opportunity> deal = new AtomicReference<>();
            simulation.at(captured, 10 * 60 + random.nextInt(420), () -> lead.set(crm.sales().capture(new CaptureLead(shop, key, name, null,
                    source, List.of("gift-box"), owner, "中秋/春节员工礼盒 about " + boxes + " boxes"))));
            LocalDate qualifiedOn = captured.plusDays(gaps[0]);
            if (!qualified) {
                simulation.at(qualifiedOn, 11 * 60, () -> crm.sales().disqualify(new DisqualifyLead(shop, lead.get().leadId(), lead.get().version(),
                        "budget too small this year")));
                continue;
            }
            simulation.at(qualifiedOn, 11 * 60, () -> deal.set(crm.sales().qualify(new QualifyLead(shop, "deal-" + key, lead.get().leadId(),
                    lead.get().version(), "员工礼盒 " + boxes + " 份", Money.of(String.valueOf(boxes * 128) + ".00", "CNY"), 20,
                    "send the gift-box catalogue", qualifiedOn.plusDays(7)))));
            String[] stages = progress < 0.25 ? new String[0] : progress < 0.45 ? new String[] {"PROPOSAL"}
                    : new String[] {"PROPOSAL", "NEGOTIATION", won ? SalesFunnel.WON : SalesFunnel.LOST};
            LocalDate on = qualifiedOn;
            for (int s = 0; s < stages.length; s++) {
                on = on.plusDays(gaps[s + 1]);
                String stage = stages[s];
                simulation.at(on, 15 * 60, () -> deal.set(crm.sales().move(new MoveOpportunity(shop, deal.get().opportunityId(),
                        deal.get().version(), stage, SalesFunnel.LOST.equals(stage) ? "a cheaper supplier" : null))));
            }
        }
    }

    /** The funnel as it stands at the end, for all opportunities and by source. */
    DemoReport.SalesFigures figures(java.time.Instant now) {
        return new DemoReport.SalesFigures(crm.sales().conversionReport(shop, now, FunnelGrouping.ALL),
                crm.sales().conversionReport(shop, now, FunnelGrouping.SOURCE));
    }
}
