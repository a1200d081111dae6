package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.shared.TenantId;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The demo with 500 customers over two years on an in-process H2 database: its totals agree with the ledger and the tiers, tiers
 * fall as well as rise, the yearly churn is the seeds' 10-30%, and the campaign, reviews and sales funnel add up.
 */
class DemoOnH2Test {

    @TempDir
    Path directory;

    @Test
    void the_reports_totals_are_consistent_with_the_accounts_and_the_tiers() {
        // given
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        DemoSettings settings = new DemoSettings(42, 500, LocalDate.of(2025, 12, 10), directory, true);
        TenantId shop = TenantId.of("demo-test");
        StringWriter text = new StringWriter();
        // when
        DemoReport report = DemoRunner.simulate(dataSource, settings, shop, new PrintWriter(text, true));
        // then tier counts add up to the customers
        assertThat(report.customers()).isEqualTo(500);
        assertThat(report.tierTotal()).isEqualTo(500);
        // and purchases and the scoring run moved the buyers out of PROSPECT, along legal transitions
        assertThat(report.stages().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(500);
        assertThat(report.stages().get(org.crmkit.customer.LifecycleStage.PROSPECT)).isLessThan(500);
        assertThat(report.stages().get(org.crmkit.customer.LifecycleStage.ACTIVE) + report.stages().get(org.crmkit.customer.LifecycleStage.LOYAL))
                .isPositive();
        assertThat(report.stages().get(org.crmkit.customer.LifecycleStage.AT_RISK)
                + report.stages().get(org.crmkit.customer.LifecycleStage.CHURNED)).as("marked by the scoring run").isPositive();
        // and the liability is the sum of every account's balance, read separately
        Crm crm = Crm.builder().storage(JdbcStorage.create(dataSource))
                .clock(java.time.Clock.fixed(settings.now(), DemoShop.ZONE)).build();
        long[] sum = new long[1];
        ReportGathering.forEachCustomer(crm, shop, c -> {
            BalanceView b = crm.loyalty().balance(shop, c.id(), DemoShop.PROGRAMME);
            sum[0] += b.available() + b.pending();
        });
        assertThat(report.outstandingPoints()).isEqualTo(sum[0]).isPositive();
        assertThat(report.scoring().customers()).isPositive();
        assertThat(report.levels().values().stream().mapToLong(DemoReport.Level::customers).sum()).isEqualTo(report.scoring().customers());
        assertThat(report.atRisk()).isNotEmpty();
        assertThat(report.cases().opened()).isPositive();
        ReportText.print(report, new PrintWriter(text, true));
        assertThat(text.toString()).contains("Tier distribution", "Lifecycle stages", "Points liability", "Value pyramid",
                "注册会员", "of predicted CLV", "of past revenue", "Offers at checkout", "stored-value liability", "Points per month",
                "Tier moves per month", "cases by type", "RFM scores", "Glossary", "P(alive): ", "redemption rate: ", "Yearly churn",
                "by recorded churn reason", "monthly trend", "Campaign with a control group", "95% interval", "ROI", "Review requests",
                "Sales funnel");
        // and the per-month figures agree with the rest of the report
        assertThat(report.cases().byType().values().stream().mapToLong(Long::longValue).sum()).as("cases by type add up")
                .isEqualTo(report.cases().opened());
        assertThat(report.pointsByMonth().values().stream().mapToLong(DemoReport.PointsMonth::earned).sum()).isPositive();
        assertThat(report.pointsByMonth().values().stream().mapToLong(DemoReport.PointsMonth::redeemed).sum()).isPositive();
        // and two years on a ladder of the last 12 months' growth value move members down as well as up, the falls only after the
        // first year (a tier is kept 12 months after moving up)
        long falls = report.tierMoves().values().stream().mapToLong(DemoReport.TierMoves::down).sum();
        assertThat(falls).as("members who fell a tier").isPositive();
        assertThat(report.tierMoves().entrySet().stream().filter(e -> e.getValue().down() > 0).map(Map.Entry::getKey).min(
                java.util.Comparator.naturalOrder()).orElseThrow()).isAfter(java.time.YearMonth.of(2024, 12));
        long above = report.tierTotal() - report.tiers().get("registered");
        assertThat(report.tierMoves().values().stream().mapToLong(DemoReport.TierMoves::up).sum() - falls)
                .as("net moves up leave every member above the first tier there").isGreaterThanOrEqualTo(above);
        // and the yearly churn is the seeds' 10-30%, every breakdown counting the same customers, reasons recorded
        DemoReport.ChurnFigures churn = report.churn();
        assertThat(churn.overall().rate()).isBetween(0.10, 0.30);
        assertThat(churn.byDimension()).extracting(c -> c.dimension()).containsExactlyElementsOf(ReportGathering.CHURN_DIMENSIONS);
        assertThat(churn.byDimension()).allSatisfy(c -> assertThat(c.overall()).isEqualTo(churn.overall()));
        assertThat(churn.byDimension().get(3).rows()).extracting(r -> r.key()).containsExactly("business", "individual");
        assertThat(churn.trend().points()).isNotEmpty().allSatisfy(p -> assertThat(p.rate()).isBetween(0.05, 0.40));
        assertThat(churn.reasons().enterprise().total() + churn.reasons().customer().total()).isPositive();
        assertThat(churn.reasons().customer().churned() + churn.reasons().enterprise().churned()).isPositive();
        assertThat(churn.reasons().customer().wonBack() + churn.reasons().enterprise().wonBack()).isPositive();
        // and the campaign held out about a fifth of its segment, and reached only the shoppers who allowed app messages
        org.crmkit.marketing.campaign.CampaignReport campaign = report.marketing().campaign();
        assertThat(campaign).isNotNull();
        long audience = campaign.target().customers() + campaign.control().customers();
        assertThat((double) campaign.control().customers() / audience).isBetween(0.12, 0.28);
        assertThat(campaign.sent() + campaign.noConsent()).isEqualTo(campaign.target().customers());
        assertThat(campaign.noConsent()).isPositive();
        assertThat(campaign.redemptions()).isPositive().isLessThanOrEqualTo(campaign.sent());
        assertThat(campaign.uplift().responseRate().low()).isLessThan(campaign.uplift().responseRate().high());
        // and the simulated effect it states is the response the extra orders made, counted apart: every target responder
        // bought something else in the window or had the extra order alone (one in ten of those reached, of whom those who
        // would have bought anyway move no response)
        long[] boughtOtherwise = new long[1];
        ReportGathering.forEachCustomer(crm, shop, c -> {
            boolean target = crm.campaigns().membershipsOf(shop, c.id()).stream()
                    .anyMatch(m -> m.campaignId().equals(DemoMarketing.CAMPAIGN) && !m.control());
            if (target && DemoMarketing.ordersInWindow(crm, shop, c.id(), campaign).stream().anyMatch(o -> !DemoMarketing.isExtraOrder(o))) {
                boughtOtherwise[0]++;
            }
        });
        DemoReport.MarketingFigures simulated = report.marketing();
        assertThat(campaign.target().responders()).isEqualTo(boughtOtherwise[0] + simulated.causedResponders());
        assertThat(simulated.extraBuyers()).isPositive().isLessThan(campaign.sent());
        assertThat(simulated.causedResponders()).isPositive().isLessThanOrEqualTo(simulated.extraBuyers());
        // and the review requests went to first-time buyers, reviews followed, and every published one is in a product's rating
        DemoReport.MarketingFigures marketing = report.marketing();
        assertThat(marketing.requests()).isPositive().isLessThanOrEqualTo(500);
        assertThat(marketing.requestsSent()).isPositive().isLessThan(marketing.requests());
        assertThat(marketing.afterRequest()).isPositive().isLessThan(marketing.reviews());
        assertThat(marketing.ratings().stream().mapToLong(org.crmkit.marketing.review.ProductRating::reviews).sum())
                .isEqualTo(marketing.reviews() - marketing.rejected());
        // and the sales funnel has opportunities, every one counted in the first stage
        org.crmkit.sales.FunnelGroup funnel = report.sales().all().groups().get(0);
        assertThat(funnel.opportunities()).isPositive();
        assertThat(funnel.stages().get(0).reached()).isEqualTo(funnel.opportunities());
        assertThat(report.sales().bySource().groups().stream().mapToLong(org.crmkit.sales.FunnelGroup::opportunities).sum())
                .isEqualTo(funnel.opportunities());
        assertThat(report.offers().checkouts()).isPositive();
        assertThat(report.offers().coupons()).extracting(c -> c.templateId()).contains(DemoOffers.WELCOME, DemoOffers.THANKS);
        assertThat(report.levels().values().stream().map(DemoReport.Level::clv).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(report.clv());
        // and the HTML report is well-formed and its charts carry the report's numbers
        Document html = parse(ReportHtml.render(report, "demo <test> & check"));
        NodeList bars = html.getElementsByTagName("rect");
        // the bars of the tier and stage charts (the monthly charts' bars are per month)
        Map<String, Long> charted = new LinkedHashMap<>();
        long cells = 0;
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            String chart = ((Element) bar.getParentNode()).getAttribute("id");
            if (bar.getAttribute("class").equals("bar") && (chart.equals("tier-chart") || chart.equals("stage-chart"))) {
                charted.put(bar.getAttribute("data-label"), Long.parseLong(bar.getAttribute("data-value")));
            } else if (bar.getAttribute("class").equals("cell")) {
                cells += Long.parseLong(bar.getAttribute("data-value"));
            }
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        report.tiers().forEach((code, n) -> expected.put(DemoShop.TIER_NAMES.get(code) + " (" + code + ")", n));
        report.stages().forEach((stage, n) -> expected.put(stage.name(), n));
        assertThat(charted).isEqualTo(expected);
        assertThat(cells).as("the RFM heat map holds every scored customer").isEqualTo(report.scoring().customers());
        assertThat(text(html, "liability-points")).isEqualTo(Long.toString(report.outstandingPoints()));
        assertThat(text(html, "customers")).isEqualTo("500");
        assertThat(html.getElementsByTagName("circle").getLength()).isEqualTo(report.recencyVsAlive().size());
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String text(Document html, String id) {
        NodeList all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
