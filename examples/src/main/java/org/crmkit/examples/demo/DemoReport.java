package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.CaseType;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.marketing.campaign.CampaignReport;
import org.crmkit.marketing.review.ProductRating;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.sales.ConversionReport;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.customer.ChurnReasonReport;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueLevel;
import org.crmkit.value.scoring.WinBackCandidate;
import org.jspecify.annotations.Nullable;

/**
 * The demo's figures, every one read back through the public API.
 *
 * @param tiers members per tier code, lowest tier first
 * @param stages customers per lifecycle stage, as purchases and the scoring run moved them
 * @param outstandingPoints available and pending points over all accounts
 * @param expiringSoon points expiring within 30 days
 * @param levels customers and revenue per value pyramid level
 * @param rfmGrid customers per recency score (row, 1 to 5) and frequency score (column)
 * @param clvs every scored customer's CLV, for the histogram
 * @param recencyVsAlive (days since last purchase, P(alive)) of a sample of customers
 * @param offers what the offers did: checkouts, coupons, the points mall and gift cards
 * @param pointsByMonth points earned, redeemed and expired per month in the shop's zone, months without any left out
 * @param tierMoves tier moves up and down per month, months without any left out
 * @param churn the yearly customer loss rate, as the seeds count it
 * @param marketing the campaign, the review requests and the reviews
 * @param sales the sales funnel
 */
record DemoReport(
        long customers,
        Map<String, Long> tiers,
        Map<LifecycleStage, Long> stages,
        long outstandingPoints,
        BigDecimal outstandingCash,
        long expiringSoon,
        CaseFigures cases,
        ScoringReport scoring,
        Map<ValueLevel, Level> levels,
        ChurnFigures churn,
        List<WinBackCandidate> atRisk,
        long[][] rfmGrid,
        double[] clvs,
        List<double[]> recencyVsAlive,
        OfferFigures offers,
        Map<YearMonth, PointsMonth> pointsByMonth,
        Map<YearMonth, TierMoves> tierMoves,
        MarketingFigures marketing,
        SalesFigures sales) {

    /** A month's points: earned (purchases, bonuses, goodwill), redeemed (checkouts and the mall) and expired. */
    record PointsMonth(long earned, long redeemed, long expired) {}

    /**
     * Churn as the seeds count it: of the customers who bought in the year before the last simulated year, those who bought
     * nothing in it.
     *
     * @param byDimension the last year's churn by cohort, region, category, customer type and recorded reason, in that order
     * @param trend the yearly churn as of each month's end, for the months whose look-back year lies mostly in the simulation
     * @param reasons the churn reasons recorded over the whole simulation, at churn and at win-back
     */
    record ChurnFigures(List<ChurnReport> byDimension, ChurnTrend trend, ChurnReasonReport reasons) {

        ChurnReport.Row overall() {
            return byDimension.get(0).overall();
        }
    }

    /**
     * Marketing's figures.
     *
     * @param campaign the campaign's report, or null if its segment was empty at launch
     * @param requests review requests the journey fired; {@code requestsSent} of them the channel took
     * @param reviews reviews written; {@code afterRequest} of them by shoppers the journey had asked, {@code rejected} rejected
     * @param ratings each product's rating over its published reviews
     */
    record MarketingFigures(@Nullable CampaignReport campaign, long extraBuyers, long causedResponders, long requests, long requestsSent,
            long reviews, long afterRequest, long rejected, List<ProductRating> ratings) {}

    /** The sales funnel at the end of the simulation, for all opportunities and by lead source. */
    record SalesFigures(ConversionReport all, ConversionReport bySource) {}

    /** A month's tier moves: members moved up a tier, members moved down. */
    record TierMoves(long up, long down) {}

    /** One pyramid level: customers, the revenue they brought and the 12-month CLV predicted for them. */
    record Level(long customers, BigDecimal revenue, BigDecimal clv) {

        static final Level NONE = new Level(0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The offers' figures.
     *
     * @param checkouts orders through the checkout
     * @param withCoupon of them, those a coupon paid part of
     * @param withPoints of them, those points paid part of
     * @param memberSavings what member prices and tier free shipping saved shoppers, CNY
     * @param couponDiscounts what coupons took off, CNY
     * @param pointsCash what points paid, CNY
     * @param cardPayments what gift cards paid, CNY
     * @param coupons per coupon template: issued, used, expired and cost
     * @param mall per reward: redemptions, points spent, cash collected, stock left
     * @param cards the gift cards' liability in CNY over the year, or null if none was issued
     */
    record OfferFigures(long checkouts, long withCoupon, long withPoints, BigDecimal memberSavings, BigDecimal couponDiscounts,
            BigDecimal pointsCash, BigDecimal cardPayments, List<CouponReport> coupons, List<MallItemReport> mall,
            @Nullable CardLiability cards) {

        BigDecimal offerCost() {
            return memberSavings.add(couponDiscounts).add(pointsCash);
        }
    }

    /** After-sales figures; {@code byType} counts the cases opened per type, every type present. */
    record CaseFigures(long opened, long resolved, double slaCompliance, double csat, long breaches, Map<CaseType, Long> byType) {}

    long tierTotal() {
        return tiers.values().stream().mapToLong(Long::longValue).sum();
    }

    BigDecimal revenue() {
        return levels.values().stream().map(Level::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal clv() {
        return levels.values().stream().map(Level::clv).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
