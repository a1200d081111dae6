package org.crmkit.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.customer.ChurnReasonReport;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.ValueLevel;
import org.crmkit.value.scoring.WinBackCandidate;

/** Prints the demo report as plain text. */
final class ReportText {

    private ReportText() {}

    static void print(DemoReport r, PrintWriter out) {
        out.printf("%nCustomers: %,d%n", r.customers());
        out.println("\nTier distribution (JD's five growth-value tiers)");
        r.tiers().forEach((tier, n) -> out.printf("  %-11s %s %7d  %5.1f%%  %s%n", tier, DemoShop.TIER_NAMES.get(tier), n,
                share(n, r.tierTotal()), bar(n, r.tierTotal())));
        printTierMoves(r, out);
        out.println("\nLifecycle stages (moved by purchases and the scoring run)");
        r.stages().forEach((stage, n) -> out.printf("  %-11s %7d  %5.1f%%  %s%n", stage, n, share(n, r.customers()), bar(n, r.customers())));
        out.println("\nPoints liability (100 points = CNY 1)");
        out.printf("  outstanding            %,15d points = CNY %,.2f%n", r.outstandingPoints(), r.outstandingCash());
        out.printf("  expiring within 30 days %,14d points = CNY %,.2f%n", r.expiringSoon(), r.expiringSoon() / 100.0);
        out.println("\nPoints per month (earned, redeemed, expired)");
        r.pointsByMonth().forEach((month, p) -> out.printf("  %s %,12d %,12d %,12d%n", month, p.earned(), p.redeemed(), p.expired()));
        String expiry = ReportNotes.noPointsExpired(r.pointsByMonth());
        if (!expiry.isEmpty()) {
            out.println("  note: " + expiry);
        }
        printOffers(r.offers(), out);
        DemoReport.CaseFigures c = r.cases();
        out.println("\nAfter-sales");
        out.printf("  cases opened %d, resolved %d, SLA breaches %d%n", c.opened(), c.resolved(), c.breaches());
        out.printf("  SLA compliance %s, CSAT %s%n", Double.isNaN(c.slaCompliance()) ? "n/a" : String.format("%.1f%%", c.slaCompliance() * 100),
                Double.isNaN(c.csat()) ? "n/a" : String.format("%.2f / 5", c.csat()));
        out.println("  cases by type: " + c.byType().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
        out.println("\nPurchase models fitted on the whole history (weeks)");
        r.scoring().purchaseModel().ifPresent(f -> out.printf("  %-11s %s  log-likelihood %.2f%s%n", f.model().kind().label(),
                f.model().parameters().entrySet().stream().map(p -> String.format("%s=%.4f", p.getKey(), p.getValue()))
                        .collect(java.util.stream.Collectors.joining(" ")), f.logLikelihood(),
                f.penalizer() > 0 ? " (penalizer " + f.penalizer() + ")" : ""));
        r.scoring().spendModel().ifPresent(f -> out.printf("  Gamma-Gamma p=%.4f q=%.4f v=%.4f%n", f.model().p(), f.model().q(), f.model().v()));
        r.scoring().notes().forEach(note -> out.println("  note: " + note));
        out.println("\nValue pyramid (levels by predicted 12-month CLV): each level's share of the predicted CLV, beside its share of"
                + " past revenue");
        BigDecimal revenue = r.revenue();
        BigDecimal clv = r.clv();
        for (ValueLevel level : ValueLevel.values()) {
            DemoReport.Level l = r.levels().getOrDefault(level, DemoReport.Level.NONE);
            out.printf("  %-7s %7d customers  %5.1f%% of predicted CLV (CNY %,.2f)  %5.1f%% of past revenue (CNY %,.2f)%n", level,
                    l.customers(), percent(l.clv(), clv), l.clv(), percent(l.revenue(), revenue), l.revenue());
        }
        printRfm(r.rfmGrid(), out);
        printChurn(r.churn(), out);
        out.println("\nTen customers most worth winning back (P(alive) < 0.5, most spent first)");
        out.printf("  %-9s %8s %12s %12s  %s%n", "customer", "P(alive)", "spent CNY", "CLV CNY", "RFM segment");
        for (WinBackCandidate w : r.atRisk()) {
            out.printf("  %-9s %8.3f %,12.2f %,12.2f  %s%n", w.customerId().value(), w.pAlive(), w.spent(), w.clv(), w.segment());
        }
        printMarketing(r, out);
        out.println("\nGlossary");
        Glossary.TERMS.forEach(t -> out.printf("  %s: %s%n", t.name(), t.meaning()));
    }

    private static void printTierMoves(DemoReport r, PrintWriter out) {
        out.println("\nTier moves per month (up, down)");
        r.tierMoves().forEach((month, m) -> out.printf("  %s %7d %7d%n", month, m.up(), m.down()));
        String note = ReportNotes.noTierFalls(r.tierMoves());
        if (!note.isEmpty()) {
            out.println("  note: " + note);
        }
    }

    private static void printChurn(DemoReport.ChurnFigures churn, PrintWriter out) {
        ChurnReport.Row all = churn.overall();
        ChurnReport first = churn.byDimension().get(0);
        out.printf("%nYearly churn, as the seeds count it: of the %,d customers who bought from %s to %s, %,d bought nothing from %s to %s:"
                + " %.1f%%%n", all.active(), first.from().minusYears(1), first.from().minusDays(1), all.churned(), first.from(),
                first.until().minusDays(1), all.rate() * 100);
        for (ChurnReport report : churn.byDimension()) {
            out.println("  by " + ReportNotes.dimension(report.dimension()) + ": active the year before, churned, rate");
            for (ChurnReport.Row row : report.rows()) {
                out.printf("    %-16s %6d %6d  %5.1f%%%n", row.key(), row.active(), row.churned(), row.rate() * 100);
            }
        }
        out.println("  monthly trend: the yearly churn as of each month's end (active the 12 months before, churned, rate)");
        for (ChurnTrend.Point p : churn.trend().points()) {
            out.printf("    %s %6d %6d  %5.1f%%%n", p.month(), p.active(), p.churned(), p.rate() * 100);
        }
        ChurnReasonReport reasons = churn.reasons();
        out.printf("  churn reasons recorded %s to %s: reason, side, at churn, at win-back%n", reasons.from(), reasons.until().minusDays(1));
        for (ChurnReasonReport.Row row : reasons.rows()) {
            out.printf("    %-16s %-10s %6d %6d%n", row.code(), row.side(), row.churned(), row.wonBack());
        }
        for (ChurnReasonReport.Row row : List.of(reasons.enterprise(), reasons.customer())) {
            out.printf("    %-16s %-10s %6d %6d%n", "all", row.side(), row.churned(), row.wonBack());
        }
    }

    private static void printMarketing(DemoReport r, PrintWriter out) {
        out.println("\nCampaign with a control group");
        ReportMarketing.campaign(r.marketing()).forEach(line -> out.println("  " + line));
        out.println("\nReview requests and reviews");
        ReportMarketing.reviews(r.marketing()).forEach(line -> out.println("  " + line));
        out.println("\nSales funnel (company gift-box leads in the last year)");
        r.sales().all().groups().forEach(g -> ReportMarketing.funnel(g).forEach(line -> out.println("  " + line)));
        out.println("  by lead source: opportunities, won, lost");
        r.sales().bySource().groups().forEach(g -> out.printf("    %-12s %3d %3d %3d%n", g.key(), g.opportunities(), g.won(), g.lost()));
    }

    private static void printRfm(long[][] grid, PrintWriter out) {
        out.println("\nRFM scores: customers per recency score (R) and per frequency score (F), 1 to 5");
        StringBuilder recency = new StringBuilder("  R");
        StringBuilder frequency = new StringBuilder("  F");
        for (int s = 0; s < 5; s++) {
            long rs = 0;
            long fs = 0;
            for (int k = 0; k < 5; k++) {
                rs += grid[s][k];
                fs += grid[k][s];
            }
            recency.append(String.format(" %d:%,d", s + 1, rs));
            frequency.append(String.format(" %d:%,d", s + 1, fs));
        }
        out.println(recency);
        out.println(frequency);
        String note = ReportNotes.emptyRfmScores(grid);
        if (!note.isEmpty()) {
            out.println("  note: " + note);
        }
    }

    private static void printOffers(DemoReport.OfferFigures o, PrintWriter out) {
        out.println("\nOffers at checkout (member price, coupons, points as cash)");
        out.printf("  checkouts %,d: with a coupon %,d (%.1f%%), with points %,d (%.1f%%)%n", o.checkouts(), o.withCoupon(),
                share(o.withCoupon(), o.checkouts()), o.withPoints(), share(o.withPoints(), o.checkouts()));
        out.printf("  offer cost CNY %,.2f = member prices and free shipping %,.2f + coupons %,.2f + points %,.2f%n", o.offerCost(),
                o.memberSavings(), o.couponDiscounts(), o.pointsCash());
        out.println("  coupons by template: issued, used, expired, redemption rate, cost");
        for (CouponReport c : o.coupons()) {
            out.printf("    %-16s %7d %7d %7d  %5.1f%%  CNY %,.2f%n", c.templateId(), c.issued(), c.used(), c.expired(), c.redemptionRate() * 100,
                    c.cost().amount());
        }
        out.println("  points mall: redemptions, points spent, cash collected, stock left");
        for (MallItemReport m : o.mall()) {
            out.printf("    %-16s %7d %,12d  CNY %,9.2f  %s%n", m.itemCode(), m.redemptions(), m.pointsSpent(), m.cashCollected().amount(),
                    m.stockLeft() == null ? "unlimited" : m.stockLeft().toString());
        }
        if (o.cards() == null) {
            out.println("  gift cards: none issued");
        } else {
            CardLiability l = o.cards();
            out.printf("  gift cards: %,d cards, issued CNY %,.2f, paid CNY %,.2f, expired CNY %,.2f; stored-value liability CNY %,.2f%n",
                    l.cards(), l.issued().amount(), l.paid().amount(), l.expired().amount(), l.outstanding().amount());
        }
    }

    static double percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0.0 : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN).doubleValue();
    }

    static double share(long n, long total) {
        return total == 0 ? 0 : 100.0 * n / total;
    }

    private static String bar(long n, long total) {
        return "#".repeat((int) Math.round(share(n, total) / 2));
    }

}
