package org.crmkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.crmkit.contract.SeededCampaigns;
import org.crmkit.marketing.campaign.CampaignReport;
import org.junit.jupiter.api.Test;

/**
 * The campaign report's uplift, end to end through the public API, on {@value #RUNS} seeded
 * simulated campaigns whose true effect is known ({@link SeededCampaigns}). The 95% intervals must
 * cover that effect in about 95% of the runs and the estimates must centre on it; a report that
 * counted purchases outside the window, let control customers in through another door or measured
 * per message rather than per customer would miss. The other stores report the same as this one
 * for the same runs ({@code CampaignReportContract}).
 */
class SeededCampaignsUpliftCoverageTest {

    private static final int RUNS = 400;

    private final SeededCampaigns campaigns = new SeededCampaigns(new InMemoryStorage());

    @Test
    void the_reports_intervals_cover_the_simulated_effect_in_about_95_percent_of_seeded_campaigns() {
        // given
        int rateCovered = 0;
        int revenueCovered = 0;
        double rateSum = 0;
        double revenueSum = 0;

        // when
        for (int run = 0; run < RUNS; run++) {
            CampaignReport report = campaigns.simulate(run);
            rateCovered += report.uplift().responseRate().covers(SeededCampaigns.TRUE_RATE) ? 1 : 0;
            revenueCovered += report.uplift().revenuePerCustomer().covers(SeededCampaigns.TRUE_REVENUE) ? 1 : 0;
            rateSum += report.uplift().responseRate().estimate();
            revenueSum += report.uplift().revenuePerCustomer().estimate();
        }

        // then
        assertThat(rateCovered / (double) RUNS).as("response uplift interval coverage").isBetween(0.92, 0.98);
        assertThat(revenueCovered / (double) RUNS).as("revenue uplift interval coverage").isBetween(0.92, 0.98);
        assertThat(rateSum / RUNS).as("mean response uplift").isCloseTo(SeededCampaigns.TRUE_RATE, offset(0.01));
        assertThat(revenueSum / RUNS).as("mean revenue uplift per customer").isCloseTo(SeededCampaigns.TRUE_REVENUE, offset(3.0));
    }
}
