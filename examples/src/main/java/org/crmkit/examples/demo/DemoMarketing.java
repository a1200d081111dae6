package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.crmkit.Crm;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.CampaignReport;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.marketing.journey.DefineJourney;
import org.crmkit.marketing.journey.FiringOutcome;
import org.crmkit.marketing.journey.JourneyRun;
import org.crmkit.marketing.journey.JourneyTrigger;
import org.crmkit.marketing.journey.RunJourney;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.Purchase;

/**
 * Marketing in the demo (issue 16): one campaign to a segment (shoppers aged 18 to 35 in 上海, 北京
 * and 广东) with a coupon (满150减25) through the app, a fifth of them held out as a control group;
 * the message moves about one reached shopper in ten to buy once more within 25 days, the known
 * effect the campaign report should find. A journey asks every first-time buyer for a review
 * {@value #REVIEW_REQUEST_DAYS} days after the purchase (run weekly); a shopper asked reviews that
 * order more often (45%) than other orders get a review (25%). Reviews are written on the bought
 * order line and moderated: most published (which earns the review points), a few rejected.
 */
final class DemoMarketing {

    static final String CAMPAIGN = "young-cities-150-25";
    static final String COUPON = "campaign-150-25";
    static final String REVIEW_REQUEST = "review-request";
    static final int REVIEW_REQUEST_DAYS = 3;
    private static final String CHANNEL = "app_push";
    private static final String EXTRA_ORDER = "cmp-";
    private static final String[] TEXTS = {"不太满意，口味一般", "包装有破损", "还可以", "味道不错，物流快", "非常好吃，会回购"};

    private final Crm crm;
    private final TenantId shop;
    private final LocalDate launch;
    private long requests;
    private long requestsSent;
    private long reviews;
    private long afterRequest;
    private long rejected;
    /** The shoppers the message made buy once more; a set, so a day's unit of work played again counts each once. */
    private final Set<CustomerId> extraBuyers = new TreeSet<>(Comparator.comparing(CustomerId::value));

    DemoMarketing(Crm crm, TenantId shop, DemoSettings settings) {
        this.crm = crm;
        this.shop = shop;
        this.launch = settings.end().minusDays(75);
    }

    /** The campaign's coupon and the review-request journey, defined before the simulation starts. */
    void define() {
        crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, COUPON, "活动券 满150减25", Money.of("150.00", "CNY"),
                Money.of("25.00", "CNY")));
        crm.journeys().define(new DefineJourney(shop, REVIEW_REQUEST, JourneyTrigger.FIRST_PURCHASE, REVIEW_REQUEST_DAYS, null, null,
                CHANNEL, "您的订单已送达，欢迎评价并领取积分", null, 30));
    }

    LocalDate launchDay() {
        return launch;
    }

    /** Schedules the campaign's launch and send, the weekly review-request runs, and the responses some shoppers will make. */
    void schedule(Simulation simulation, int customers, SplittableRandom random) {
        Segment audience = Segment.of("aged 18-35 in 上海, 北京, 广东", Criteria.allOf(Criteria.ageBetween(18, 35),
                Criteria.region("上海", "北京", "广东")));
        simulation.job(launch, 10 * 60, () -> {
            // a segment nobody is in yet cannot be launched to (a run of a few customers): the report then says so
            if (crm.segments().count(shop, audience) > 0) {
                crm.campaigns().launch(LaunchCampaign.of(shop, CAMPAIGN, "18-35岁 一线城市 满150减25", audience, CHANNEL,
                        "秋季专享：满150减25，限时30天", CampaignOffer.coupon(COUPON), new BigDecimal("0.20"), 2025L, 30));
                crm.campaigns().send(new SendCampaign(shop, CAMPAIGN, 0, 1));
            }
        });
        for (int i = 0; i < customers; i++) {
            if (random.nextDouble() < 0.10) {
                int customer = i;
                LocalDate on = launch.plusDays(1 + random.nextInt(25));
                double amount = 150 + random.nextInt(150);
                simulation.at(on, 12 * 60 + random.nextInt(600), () -> respond(simulation, customer, amount));
            }
        }
    }

    /** Runs the review-request journey, as a weekly job would. */
    void requestReviews() {
        JourneyRun run = crm.journeys().run(new RunJourney(shop, REVIEW_REQUEST, 0, 1));
        requests += run.fired();
        requestsSent += run.sent();
    }

    private void respond(Simulation simulation, int customer, double amount) {
        CustomerId id = Population.idOf(customer);
        boolean reached = crm.campaigns().membershipsOf(shop, id).stream()
                .anyMatch(m -> m.campaignId().equals(CAMPAIGN) && m.status() == SendStatus.SENT);
        if (reached) {
            simulation.buyNow(id, EXTRA_ORDER + id.value(), amount);
            extraBuyers.add(id);
        }
    }

    /** May schedule a review of the order's line: more likely for a first order whose buyer the journey asked. */
    void maybeReview(Simulation simulation, CustomerId id, String orderId, String sku, LocalDate day, boolean first, SplittableRandom random) {
        double chance = random.nextDouble();
        int stars = stars(random.nextDouble());
        boolean spam = random.nextDouble() < 0.03;
        if (first && chance < 0.45) {
            LocalDate on = day.plusDays(REVIEW_REQUEST_DAYS + 5 + random.nextInt(7));
            simulation.at(on, 20 * 60 + random.nextInt(180), () -> {
                boolean asked = crm.journeys().firingsOf(shop, id).stream()
                        .anyMatch(f -> f.journeyId().equals(REVIEW_REQUEST) && f.outcome() == FiringOutcome.SENT);
                if (asked || chance < 0.25) {
                    review(simulation, id, orderId, sku, stars, spam, asked);
                }
            });
        } else if (!first && chance < 0.25) {
            LocalDate on = day.plusDays(2 + random.nextInt(5));
            simulation.at(on, 20 * 60 + random.nextInt(180), () -> review(simulation, id, orderId, sku, stars, spam, false));
        }
    }

    private static int stars(double u) {
        return u < 0.05 ? 1 : u < 0.10 ? 2 : u < 0.20 ? 3 : u < 0.45 ? 4 : 5;
    }

    private void review(Simulation simulation, CustomerId id, String orderId, String sku, int stars, boolean spam, boolean asked) {
        if (crm.value().purchase(shop, orderId).isEmpty()) {
            return;
        }
        Review review = crm.reviews().write(new WriteReview(shop, id, orderId, sku, stars, TEXTS[stars - 1], "review:" + orderId));
        reviews++;
        afterRequest += asked ? 1 : 0;
        if (spam) {
            rejected++;
            crm.reviews().moderate(ModerateReview.reject(shop, review.reviewId(), "advertising in the text", "moderator"));
        } else {
            crm.reviews().moderate(ModerateReview.publish(shop, review.reviewId(), "moderator"));
        }
        simulation.reviewGrowth(id, orderId);
    }

    /** The campaign's report and the reviews' figures, read back through the public API. */
    DemoReport.MarketingFigures figures(List<String> skus) {
        CampaignReport campaign = crm.campaigns().campaign(shop, CAMPAIGN).isPresent() ? crm.campaigns().report(shop, CAMPAIGN, DemoShop.CNY)
                : null;
        long caused = campaign == null ? 0 : extraBuyers.stream().filter(id -> onlyTheExtraOrder(id, campaign)).count();
        return new DemoReport.MarketingFigures(campaign, extraBuyers.size(), caused, requests, requestsSent, reviews,
                afterRequest, rejected, skus.stream().map(sku -> crm.reviews().rating(shop, sku)).toList());
    }

    /**
     * Whether the shopper's extra order was their only purchase in the campaign's attribution window:
     * only then did the message change whether they responded. A shopper who would have bought in the
     * window anyway adds revenue but no response, so the response uplift the simulation causes is
     * these shoppers over the target group, not one in ten of those reached.
     */
    private boolean onlyTheExtraOrder(CustomerId id, CampaignReport campaign) {
        List<String> orders = ordersInWindow(crm, shop, id, campaign);
        return !orders.isEmpty() && orders.stream().allMatch(DemoMarketing::isExtraOrder);
    }

    /** Whether the order is one the campaign's message caused. */
    static boolean isExtraOrder(String orderId) {
        return orderId.startsWith(EXTRA_ORDER);
    }

    /** The orders the shopper placed in the campaign's attribution window, newest first, read through the public API. */
    static List<String> ordersInWindow(Crm crm, TenantId shop, CustomerId id, CampaignReport campaign) {
        List<String> orders = new ArrayList<>();
        PageRequest request = PageRequest.first(100);
        while (true) {
            Page<Purchase> page = crm.value().purchases(shop, id, request);
            for (Purchase p : page.items()) {
                if (p.purchasedAt().isBefore(campaign.attributionFrom())) {
                    return orders;
                }
                if (p.purchasedAt().isBefore(campaign.attributionUntil())) {
                    orders.add(p.orderId());
                }
            }
            if (page.nextCursor().isEmpty()) {
                return orders;
            }
            request = PageRequest.after(page.nextCursor().get(), 100);
        }
    }
}
