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

/** The demo with 500 customers on an in-process H2 database: its totals agree with the ledger and the tiers. */
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
        assertThat(text.toString()).contains("Tier distribution", "Lifecycle stages", "Points liability", "Value pyramid", "Churn",
                "注册会员", "of predicted CLV", "of past revenue", "Offers at checkout", "stored-value liability", "Points per month",
                "Tier moves per month", "cases by type", "RFM scores", "Glossary", "P(alive): ", "redemption rate: ");
        // and the per-month figures agree with the rest of the report
        assertThat(report.cases().byType().values().stream().mapToLong(Long::longValue).sum()).as("cases by type add up")
                .isEqualTo(report.cases().opened());
        assertThat(report.pointsByMonth().values().stream().mapToLong(DemoReport.PointsMonth::earned).sum()).isPositive();
        assertThat(report.pointsByMonth().values().stream().mapToLong(DemoReport.PointsMonth::redeemed).sum()).isPositive();
        long above = report.tierTotal() - report.tiers().get("registered");
        assertThat(report.tierMoves().values().stream().mapToLong(DemoReport.TierMoves::up).sum())
                .as("with no fall, every member above the first tier moved up at least once").isGreaterThanOrEqualTo(above);
        assertThat(report.offers().checkouts()).isPositive();
        assertThat(report.offers().coupons()).extracting(c -> c.templateId()).contains(DemoOffers.WELCOME, DemoOffers.THANKS);
        assertThat(report.levels().values().stream().map(DemoReport.Level::clv).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(report.clv());
        // and the HTML report is well-formed and its charts carry the report's numbers
        Document html = parse(ReportHtml.render(report, "demo <test> & check"));
        NodeList bars = html.getElementsByTagName("rect");
        Map<String, Long> charted = new LinkedHashMap<>();
        long cells = 0;
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            if (bar.getAttribute("class").equals("bar")) {
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
