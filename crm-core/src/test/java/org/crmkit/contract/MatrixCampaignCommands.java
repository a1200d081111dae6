package org.crmkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.FrequencyCap;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.QuietHours;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.journey.DefineJourney;
import org.crmkit.marketing.journey.JourneyTrigger;
import org.crmkit.marketing.journey.RunJourney;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;

/**
 * The command matrix's cases for marketing: a points campaign to everyone in the scene, and a
 * points-expiry journey with a coupon, each with every optional part filled in.
 */
final class MatrixCampaignCommands {

    private MatrixCampaignCommands() {}

    private static LaunchCampaign launch(MatrixScene s) {
        return new LaunchCampaign(s.tenant(), "matrix-campaign", "Spring sale", Segment.of("everyone", Criteria.everyone()), "sms",
                "Spring sale: 20% off tea", CampaignOffer.points(MatrixScene.PROGRAMME, 100, Money.of("0.01", "CNY")), new BigDecimal("0.1"),
                7L, 14, Instant.parse("2025-05-12T02:00:00Z"), new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)), new FrequencyCap(2, 7));
    }

    private static DefineJourney journey(MatrixScene s) {
        s.crm().coupons().defineTemplate(CouponTemplate.amountOff(s.tenant(), "matrix-winback", "回来吧", Money.of("0.00", "CNY"),
                Money.of("5.00", "CNY")));
        return new DefineJourney(s.tenant(), "matrix-journey", JourneyTrigger.POINTS_EXPIRING, 7, null, MatrixScene.PROGRAMME, "sms",
                "Your points expire soon", "matrix-winback", 30);
    }

    static void add(Map<String, MatrixCommands.CommandCase> all) {
        all.put("CampaignService.launch(LaunchCampaign)", new MatrixCommands.CommandCase(MatrixCampaignCommands::launch,
                (crm, s, c) -> crm.campaigns().launch((LaunchCampaign) c)));
        all.put("CampaignService.send(SendCampaign)", new MatrixCommands.CommandCase(s -> {
            s.crm().campaigns().launch(launch(s));
            return new SendCampaign(s.tenant(), "matrix-campaign", 0, 1);
        }, (crm, s, c) -> crm.campaigns().send((SendCampaign) c)));
        all.put("JourneyService.define(DefineJourney)", new MatrixCommands.CommandCase(MatrixCampaignCommands::journey,
                (crm, s, c) -> crm.journeys().define((DefineJourney) c)));
        all.put("JourneyService.run(RunJourney)", new MatrixCommands.CommandCase(s -> {
            s.crm().journeys().define(journey(s));
            return new RunJourney(s.tenant(), "matrix-journey", 0, 1);
        }, (crm, s, c) -> crm.journeys().run((RunJourney) c)));
    }
}
