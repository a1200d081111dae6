package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's HTML report, laid out by a real browser (headless Chromium from the Debian package):
 * every chart shows marks a reader can see and axis labels inside the chart. Without Chromium the
 * test fails and says how to install it; {@code .ci/run} installs it.
 */
class ChartsInHeadlessBrowserTest {

    @TempDir
    Path directory;

    @Test
    void every_chart_of_the_demo_report_has_visible_marks_and_axis_labels() throws Exception {
        // given a demo report of 120 customers (enough for every chart to have marks)
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:browser-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        Path html = DemoRunner.run(dataSource, 7, 120, LocalDate.of(2025, 12, 10), directory, true,
                new PrintWriter(new StringWriter(), true));
        // when Chromium lays it out
        List<HeadlessChromium.Chart> charts = HeadlessChromium.measure(Files.readString(html, StandardCharsets.UTF_8), directory);
        // then every chart is there, with marks and labels on both axes that the browser shows
        assertThat(charts).extracting(HeadlessChromium.Chart::id)
                .containsExactly("tier-chart", "tier-moves-chart", "stage-chart", "rfm-heatmap", "clv-histogram", "alive-scatter",
                        "churn-trend-chart");
        for (HeadlessChromium.Chart chart : charts) {
            assertVisible(chart);
        }
    }

    @Test
    void a_bin_or_bar_of_one_customer_among_thousands_is_visible() throws Exception {
        // given a histogram where one customer is far above 5,000 others, and bars of 5,000, 1 and 0 customers
        double[] clvs = new double[5001];
        java.util.Arrays.fill(clvs, 0, 5000, 100.0);
        clvs[5000] = 90.0;
        String page = "<!DOCTYPE html><html><body>" + Svg.histogram("one-in-a-bin", clvs, 20, "CNY")
                + Svg.bars("one-a-bar", List.of("many", "one", "none"), new long[] {5000, 1, 0}) + "</body></html>";
        // when Chromium lays it out
        List<HeadlessChromium.Chart> charts = HeadlessChromium.measure(page, directory);
        // then the one customer's bin and bar have a height, and the empty ones are not counted as hidden
        assertThat(charts).extracting(HeadlessChromium.Chart::id).containsExactly("one-in-a-bin", "one-a-bar");
        charts.forEach(ChartsInHeadlessBrowserTest::assertVisible);
        assertThat(charts.get(0).visibleMarks()).as("the two non-empty bins").isEqualTo(2);
        assertThat(charts.get(1).visibleMarks()).as("the bars of 5,000 and of 1").isEqualTo(2);
    }

    private static void assertVisible(HeadlessChromium.Chart chart) {
        assertThat(chart.visibleMarks()).as("%s: marks of non-zero width and height", chart.id()).isPositive();
        assertThat(chart.hiddenNonZeroMarks()).as("%s: marks for a non-zero count that the browser does not show", chart.id()).isZero();
        assertThat(chart.xLabels()).as("%s: x-axis labels", chart.id()).isPositive();
        assertThat(chart.visibleXLabels()).as("%s: x-axis labels shown inside the chart", chart.id()).isEqualTo(chart.xLabels());
        assertThat(chart.yLabels()).as("%s: y-axis labels", chart.id()).isPositive();
        assertThat(chart.visibleYLabels()).as("%s: y-axis labels shown inside the chart", chart.id()).isEqualTo(chart.yLabels());
    }
}
