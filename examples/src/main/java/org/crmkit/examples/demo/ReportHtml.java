package org.crmkit.examples.demo;

import static org.crmkit.examples.demo.Svg.esc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.customer.ChurnReasonReport;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.ValueLevel;
import org.crmkit.value.scoring.WinBackCandidate;

/**
 * The demo report as one self-contained HTML file (well-formed XHTML, so any XML parser reads it)
 * with inline SVG charts: tier distribution, RFM heat map, CLV histogram, P(alive) against recency.
 */
final class ReportHtml {

    private ReportHtml() {}

    static String render(DemoReport r, String title) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(title)).append("</title><style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                        + "th{background:#f0f3f7}td.l,th.l{text-align:left}h2{margin-top:1.6em}</style></head><body>")
                .append("<h1>").append(esc(title)).append("</h1>")
                .append(p("Customers: <b id=\"customers\">%d</b>", r.customers()));
        h.append("<h2>Tier distribution</h2>");
        h.append(Svg.bars("tier-chart", r.tiers().keySet().stream().map(code -> DemoShop.TIER_NAMES.get(code) + " (" + code + ")").toList(), r.tiers().values().stream().mapToLong(Long::longValue).toArray()));
        tierMoves(h, r);
        h.append("<h2>Lifecycle stages</h2>");
        h.append(Svg.bars("stage-chart", r.stages().keySet().stream().map(Enum::name).toList(),
                r.stages().values().stream().mapToLong(Long::longValue).toArray()));
        h.append("<h2>Points liability</h2><table><tr><th class=\"l\">item</th><th>points</th><th>CNY</th></tr>")
                .append(row("outstanding", "liability-points", r.outstandingPoints(), r.outstandingCash()))
                .append(row("expiring within 30 days", "expiring-points", r.expiringSoon(), BigDecimal.valueOf(r.expiringSoon(), 2)))
                .append("</table>");
        h.append("<h2>Points per month</h2><table id=\"points-by-month\"><tr><th class=\"l\">month</th><th>earned</th><th>redeemed</th>"
                + "<th>expired</th></tr>");
        r.pointsByMonth().forEach((month, p) -> h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td>"
                + "<td>%d</td></tr>", month, p.earned(), p.redeemed(), p.expired())));
        h.append("</table>");
        String expiry = ReportNotes.noPointsExpired(r.pointsByMonth());
        if (!expiry.isEmpty()) {
            h.append("<p id=\"expiry-note\">").append(esc(expiry)).append("</p>");
        }
        offers(h, r.offers());
        DemoReport.CaseFigures c = r.cases();
        h.append("<h2>After-sales</h2>").append(p("Cases opened <b id=\"cases-opened\">%d</b>, resolved %d, SLA breaches %d; "
                + "SLA compliance <b id=\"sla-compliance\">%s</b>, CSAT <b id=\"csat\">%s</b>.", c.opened(), c.resolved(), c.breaches(),
                Double.isNaN(c.slaCompliance()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", c.slaCompliance() * 100),
                Double.isNaN(c.csat()) ? "n/a" : String.format(Locale.ROOT, "%.2f", c.csat())));
        h.append("<table id=\"cases-by-type\"><tr><th class=\"l\">case type</th><th>opened</th></tr>");
        c.byType().forEach((type, n) -> h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td></tr>", type, n)));
        h.append("</table>");
        h.append("<h2>RFM heat map (recency score by frequency score)</h2>").append(Svg.heatmap("rfm-heatmap", r.rfmGrid(), "R", "F"));
        String rfmNote = ReportNotes.emptyRfmScores(r.rfmGrid());
        if (!rfmNote.isEmpty()) {
            h.append("<p id=\"rfm-note\">").append(esc(rfmNote)).append("</p>");
        }
        h.append("<h2>Value pyramid (levels by predicted 12-month CLV)</h2><table><tr><th class=\"l\">level</th><th>customers</th>"
                + "<th>predicted CLV CNY</th><th>share of predicted CLV</th><th>past revenue CNY</th><th>share of past revenue</th></tr>");
        BigDecimal revenue = r.revenue();
        BigDecimal clv = r.clv();
        for (ValueLevel level : ValueLevel.values()) {
            DemoReport.Level l = r.levels().getOrDefault(level, DemoReport.Level.NONE);
            h.append(String.format(Locale.ROOT, "<tr id=\"level-%s\"><td class=\"l\">%s</td><td>%d</td><td>%.2f</td><td>%.1f%%</td>"
                    + "<td>%.2f</td><td>%.1f%%</td></tr>", level, level, l.customers(), l.clv(), ReportText.percent(l.clv(), clv), l.revenue(),
                    ReportText.percent(l.revenue(), revenue)));
        }
        h.append("</table><h2>Predicted 12-month CLV</h2>").append(Svg.histogram("clv-histogram", r.clvs(), 20, "CNY"));
        h.append("<h2>P(alive) against days since last purchase</h2>")
                .append(Svg.scatter("alive-scatter", r.recencyVsAlive(), "days since last purchase", "P(alive)"));
        churn(h, r.churn());
        marketing(h, r);
        h.append("<h2>Ten customers most worth winning back</h2><table><tr><th class=\"l\">customer</th><th>P(alive)</th>"
                + "<th>spent CNY</th><th>CLV CNY</th><th class=\"l\">RFM segment</th></tr>");
        for (WinBackCandidate w : r.atRisk()) {
            h.append(String.format(Locale.ROOT, "<tr class=\"at-risk\"><td class=\"l\">%s</td><td>%.3f</td><td>%.2f</td><td>%.2f</td>"
                    + "<td class=\"l\">%s</td></tr>", esc(w.customerId().value()), w.pAlive(), w.spent(), w.clv(), w.segment()));
        }
        h.append("</table><h2>Glossary</h2><dl id=\"glossary\">");
        Glossary.TERMS.forEach(t -> h.append("<dt>").append(esc(t.name())).append("</dt><dd>").append(esc(t.meaning())).append("</dd>"));
        return h.append("</dl></body></html>\n").toString();
    }

    private static void tierMoves(StringBuilder h, DemoReport r) {
        List<String> months = r.tierMoves().keySet().stream().map(Object::toString).toList();
        double[][] moves = {r.tierMoves().values().stream().mapToDouble(DemoReport.TierMoves::up).toArray(),
            r.tierMoves().values().stream().mapToDouble(DemoReport.TierMoves::down).toArray()};
        h.append("<h2>Tier moves per month</h2>").append(Svg.monthly("tier-moves-chart", months, List.of("up", "down"), moves, "members",
                "%.0f"));
        h.append("<table id=\"tier-moves\"><tr><th class=\"l\">month</th><th>up</th><th>down</th></tr>");
        r.tierMoves().forEach((month, m) -> h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td></tr>",
                month, m.up(), m.down())));
        h.append("</table>");
        String note = ReportNotes.noTierFalls(r.tierMoves());
        if (!note.isEmpty()) {
            h.append("<p id=\"tier-note\">").append(esc(note)).append("</p>");
        }
    }

    private static void churn(StringBuilder h, DemoReport.ChurnFigures churn) {
        ChurnReport.Row all = churn.overall();
        ChurnReport first = churn.byDimension().get(0);
        h.append("<h2>Yearly churn</h2>").append(p("Of the %d customers who bought from %s to %s, %d bought nothing from %s to %s: "
                + "<b id=\"yearly-churn\">%.1f%%</b>.", all.active(), first.from().minusYears(1), first.from().minusDays(1), all.churned(),
                first.from(), first.until().minusDays(1), all.rate() * 100));
        List<ChurnTrend.Point> points = churn.trend().points();
        h.append(Svg.monthly("churn-trend-chart", points.stream().map(p -> p.month().toString()).toList(), List.of("yearly churn"),
                new double[][] {points.stream().mapToDouble(p -> p.rate() * 100).toArray()}, "churn %", "%.0f%%"));
        h.append("<table id=\"churn-trend\"><tr><th class=\"l\">month</th><th>active the 12 months before</th><th>churned</th>"
                + "<th>rate</th></tr>");
        points.forEach(p -> h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%.1f%%</td></tr>",
                p.month(), p.active(), p.churned(), p.rate() * 100)));
        h.append("</table>");
        for (ChurnReport report : churn.byDimension()) {
            h.append("<table class=\"churn\"><tr><th class=\"l\">").append(esc(ReportNotes.dimension(report.dimension())))
                    .append("</th><th>active the year before</th><th>churned</th><th>rate</th></tr>");
            for (ChurnReport.Row row : report.rows()) {
                h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%.1f%%</td></tr>", esc(row.key()),
                        row.active(), row.churned(), row.rate() * 100));
            }
            h.append("</table>");
        }
        ChurnReasonReport reasons = churn.reasons();
        h.append("<table id=\"churn-reasons\"><tr><th class=\"l\">churn reason</th><th class=\"l\">side</th><th>at churn</th>"
                + "<th>at win-back</th></tr>");
        List<ChurnReasonReport.Row> rows = new ArrayList<>(reasons.rows());
        rows.add(reasons.enterprise());
        rows.add(reasons.customer());
        for (ChurnReasonReport.Row row : rows) {
            h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%d</td><td>%d</td></tr>",
                    esc(row.code()), row.side(), row.churned(), row.wonBack()));
        }
        h.append("</table>");
    }

    private static void marketing(StringBuilder h, DemoReport r) {
        h.append("<h2>Campaign with a control group</h2><ul id=\"campaign\">");
        ReportMarketing.campaign(r.marketing()).forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
        h.append("</ul><h2>Review requests and reviews</h2><ul id=\"reviews\">");
        ReportMarketing.reviews(r.marketing()).forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
        h.append("</ul><h2>Sales funnel</h2><table id=\"funnel\"><tr><th class=\"l\">lead source</th><th class=\"l\">stage</th>"
                + "<th>reached</th><th>now in it</th><th>on to the next</th><th class=\"l\">mean stay</th></tr>");
        List<org.crmkit.sales.FunnelGroup> groups = new ArrayList<>(r.sales().all().groups());
        groups.addAll(r.sales().bySource().groups());
        for (org.crmkit.sales.FunnelGroup g : groups) {
            for (org.crmkit.sales.StageFigures s : g.stages()) {
                h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%s</td>"
                        + "<td class=\"l\">%s</td></tr>", esc(g.key()), esc(s.stage()), s.reached(), s.current(),
                        s.conversionToNext() == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", s.conversionToNext().doubleValue() * 100),
                        ReportMarketing.days(s.averageTimeInStage())));
            }
            h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td class=\"l\">WON / LOST</td><td>%d</td><td>%d</td>"
                    + "<td></td><td class=\"l\">of %d opportunities</td></tr>", esc(g.key()), g.won(), g.lost(), g.opportunities()));
        }
        h.append("</table>");
    }

    private static String p(String format, Object... args) {
        return "<p>" + String.format(Locale.ROOT, format, args) + "</p>";
    }

    private static void offers(StringBuilder h, DemoReport.OfferFigures o) {
        h.append("<h2>Offers at checkout</h2>").append(p("Checkouts <b id=\"checkouts\">%d</b>: with a coupon %d, with points %d. "
                + "Offer cost CNY <b id=\"offer-cost\">%.2f</b> = member prices and free shipping %.2f + coupons %.2f + points %.2f.",
                o.checkouts(), o.withCoupon(), o.withPoints(), o.offerCost(), o.memberSavings(), o.couponDiscounts(), o.pointsCash()));
        h.append("<table id=\"coupons\"><tr><th class=\"l\">coupon template</th><th>issued</th><th>used</th><th>expired</th>"
                + "<th>redemption rate</th><th>cost CNY</th></tr>");
        for (CouponReport c : o.coupons()) {
            h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%d</td><td>%.1f%%</td><td>%.2f</td></tr>",
                    esc(c.templateId()), c.issued(), c.used(), c.expired(), c.redemptionRate() * 100, c.cost().amount()));
        }
        h.append("</table><table id=\"mall\"><tr><th class=\"l\">points-mall reward</th><th>redemptions</th><th>points spent</th>"
                + "<th>cash collected CNY</th><th>stock left</th></tr>");
        for (MallItemReport m : o.mall()) {
            h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%.2f</td><td>%s</td></tr>",
                    esc(m.itemCode()), m.redemptions(), m.pointsSpent(), m.cashCollected().amount(),
                    m.stockLeft() == null ? "unlimited" : m.stockLeft().toString()));
        }
        h.append("</table>");
        CardLiability l = o.cards();
        h.append(l == null ? p("Gift cards: none issued.") : p("Gift cards: %d cards, issued CNY %.2f, paid CNY %.2f, expired CNY %.2f; "
                + "stored-value liability CNY <b id=\"card-liability\">%.2f</b>.", l.cards(), l.issued().amount(), l.paid().amount(),
                l.expired().amount(), l.outstanding().amount()));
    }

    private static String row(String label, String id, long points, BigDecimal cash) {
        return String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td id=\"%s\">%d</td><td>%.2f</td></tr>", label, id, points, cash);
    }
}
