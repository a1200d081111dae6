package org.crmkit.examples.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crmkit.marketing.campaign.CampaignReport;
import org.crmkit.marketing.campaign.GroupResult;
import org.crmkit.marketing.campaign.Uplift;
import org.crmkit.marketing.review.ProductRating;
import org.crmkit.sales.FunnelGroup;
import org.crmkit.sales.StageFigures;
import org.crmkit.shared.Money;

/**
 * The marketing and sales part of the report (issue 16), as lines of text that the text report
 * prints and the HTML report puts in paragraphs and tables.
 */
final class ReportMarketing {

    private ReportMarketing() {}

    /** The campaign's lines: groups, sends, response and revenue uplift with their 95% intervals, redemptions, cost and ROI. */
    static List<String> campaign(DemoReport.MarketingFigures m) {
        CampaignReport c = m.campaign();
        if (c == null) {
            return List.of("Campaign " + DemoMarketing.CAMPAIGN + ": not launched, nobody was in its segment (aged 18-35 in 上海, 北京, 广东).");
        }
        GroupResult t = c.target();
        GroupResult k = c.control();
        Uplift u = c.uplift();
        List<String> lines = new ArrayList<>();
        lines.add(f("Campaign %s to shoppers aged 18-35 in 上海, 北京, 广东, coupon 满150减25 by app message; purchases counted %s to %s",
                c.campaignId(), c.attributionFrom().atZone(DemoShop.ZONE).toLocalDateTime(),
                c.attributionUntil().atZone(DemoShop.ZONE).toLocalDateTime()));
        lines.add(f("target %d customers (sent %d, no consent %d, failed %d, capped %d, gone %d, pending %d), control %d held out",
                t.customers(), c.sent(), c.noConsent(), c.failed(), c.capped(), c.gone(), c.pending(), k.customers()));
        lines.add(f("response rate: target %.1f%%, control %.1f%%; uplift %+.1f points (95%% interval %+.1f to %+.1f)",
                t.responseRate() * 100, k.responseRate() * 100, u.responseRate().estimate() * 100, u.responseRate().low() * 100,
                u.responseRate().high() * 100));
        lines.add(f("revenue per customer: target CNY %.2f, control CNY %.2f; incremental revenue CNY %s (95%% interval %s to %s)",
                t.revenuePerCustomer(), k.revenuePerCustomer(), cny(u.incrementalRevenue()), cny(u.incrementalLow()), cny(u.incrementalHigh())));
        lines.add(f("coupons redeemed %d (redemption rate %.1f%% of messages sent), offer cost CNY %s, ROI %s", c.redemptions(),
                c.redemptionRate() * 100, cny(c.offerCost()), c.roi() == null ? "n/a (the offer cost nothing)" : f("%.2f", c.roi())));
        long others = m.extraBuyers() - m.causedResponders();
        lines.add(f("simulated effect: of the %d shoppers the message reached, %d (about one in ten) bought once more (CNY 150-299) within"
                + " 25 days; %d of them bought nothing else in the window, so the simulation moved the target group's response rate by"
                + " %.1f points, the figure the response interval should hold in about 19 runs of 20 (the other %d would have responded"
                + " anyway: they add revenue, not response); the coupon also pays part of orders they would have placed anyway", c.sent(),
                m.extraBuyers(), m.causedResponders(), 100.0 * m.causedResponders() / Math.max(1, t.customers()), others));
        return lines;
    }

    /** The review requests and reviews, and one line per product rating. */
    static List<String> reviews(DemoReport.MarketingFigures m) {
        List<String> lines = new ArrayList<>();
        lines.add(f("review requests (journey %s, %d days after a first purchase, run weekly): %d fired, %d sent", DemoMarketing.REVIEW_REQUEST,
                DemoMarketing.REVIEW_REQUEST_DAYS, m.requests(), m.requestsSent()));
        lines.add(f("reviews written %d, of them %d by shoppers the journey had asked; %d rejected by moderation, the rest published",
                m.reviews(), m.afterRequest(), m.rejected()));
        for (ProductRating r : m.ratings()) {
            lines.add(f("%-16s %s stars from %d published reviews (1-5 stars: %s)", r.sku(), r.average(), r.reviews(),
                    r.byStars().stream().map(String::valueOf).collect(Collectors.joining(" "))));
        }
        return lines;
    }

    /** The funnel's stage lines: reached, in it now, conversion to the next stage, mean time in it. */
    static List<String> funnel(FunnelGroup g) {
        List<String> lines = new ArrayList<>();
        for (StageFigures s : g.stages()) {
            lines.add(f("%-12s reached %3d, now %3d, on to the next %s, mean stay %s", s.stage(), s.reached(), s.current(),
                    s.conversionToNext() == null ? "n/a" : f("%.1f%%", s.conversionToNext().doubleValue() * 100), days(s.averageTimeInStage())));
        }
        lines.add(f("%-12s %d opportunities: won %d (%s), lost %d", "closed", g.opportunities(), g.won(),
                g.wonValue().stream().map(v -> "CNY " + cny(v)).collect(Collectors.joining(", ")), g.lost()));
        return lines;
    }

    static String days(Duration d) {
        return d == null ? "n/a" : f("%.1f days", d.toSeconds() / 86_400.0);
    }

    private static String cny(Money m) {
        return f("%,.2f", m.amount());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
