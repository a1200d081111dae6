package org.crmkit.marketing.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.Purchase;

/**
 * The campaign report: one pass over the audience, a page per unit of work, reading each member's
 * purchases in the attribution window (newest first, stopping at the launch) and, for a coupon
 * offer, the member's coupon of the campaign.
 */
final class Reporting {

    private final CampaignWork work;

    Reporting(CampaignWork work) {
        this.work = work;
    }

    CampaignReport report(TenantId tenantId, String campaignId, Currency currency) {
        Campaign campaign = work.transactions.inTransaction(() -> work.campaign(tenantId, campaignId));
        Instant from = campaign.launchedAt();
        Instant until = campaign.attributionEnd(work.zone);
        Tally target = new Tally();
        Tally control = new Tally();
        long[] statuses = new long[SendStatus.values().length];
        Tally.Cost cost = new Tally.Cost(Money.zero(currency));
        CustomerId after = null;
        while (true) {
            CustomerId start = after;
            List<CampaignMember> page = work.transactions.inTransaction(() -> {
                List<CampaignMember> members = work.campaigns.members(tenantId, campaignId, start, CampaignWork.PAGE);
                for (CampaignMember m : members) {
                    statuses[m.status().ordinal()]++;
                    (m.control() ? control : target).add(revenue(tenantId, m.customerId(), from, until, currency));
                    if (m.status() == SendStatus.SENT) {
                        addCost(campaign, m.customerId(), cost);
                    }
                }
                return members;
            });
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).customerId();
        }
        GroupResult t = target.result(currency);
        GroupResult c = control.result(currency);
        Uplift uplift = Uplift.between(t, c);
        Money offerCost = cost.total;
        BigDecimal roi = offerCost.isZero() ? null : uplift.incrementalRevenue().amount().subtract(offerCost.amount())
                .divide(offerCost.amount(), 4, RoundingMode.HALF_EVEN);
        return new CampaignReport(campaignId, from, until, t, c, statuses[SendStatus.SENT.ordinal()], statuses[SendStatus.FAILED.ordinal()],
                statuses[SendStatus.NO_CONSENT.ordinal()], statuses[SendStatus.CAPPED.ordinal()], statuses[SendStatus.GONE.ordinal()],
                statuses[SendStatus.PENDING.ordinal()], cost.redemptions, uplift, offerCost, roi);
    }

    /** What the customer paid in [from, until) in the currency, net of refunds; null if they bought nothing then. */
    private BigDecimal revenue(TenantId tenantId, CustomerId customerId, Instant from, Instant until, Currency currency) {
        BigDecimal sum = null;
        PageRequest request = PageRequest.first(100);
        while (true) {
            Page<Purchase> page = work.purchases.ofCustomer(tenantId, customerId, request);
            for (Purchase p : page.items()) {
                if (p.purchasedAt().isBefore(from)) {
                    return sum;
                }
                if (p.purchasedAt().isBefore(until) && p.paid().currency().equals(currency)) {
                    sum = (sum == null ? BigDecimal.ZERO : sum).add(p.paid().amount().subtract(p.refunded().amount()));
                }
            }
            if (page.nextCursor().isEmpty()) {
                return sum;
            }
            request = PageRequest.after(page.nextCursor().get(), 100);
        }
    }

    private void addCost(Campaign campaign, CustomerId customerId, Tally.Cost cost) {
        CampaignOffer offer = campaign.offer();
        switch (offer.kind()) {
            case COUPON -> {
                String key = Sending.key(campaign, customerId);
                for (Coupon coupon : work.coupons.couponsOf(campaign.tenantId(), customerId)) {
                    if (coupon.issueKey().equals(key) && coupon.status() == CouponStatus.USED && coupon.discount() != null
                            && coupon.discount().currency().equals(cost.total.currency())) {
                        cost.redemptions++;
                        cost.total = cost.total.plus(coupon.discount());
                    }
                }
            }
            case POINTS -> {
                if (offer.pointValue().currency().equals(cost.total.currency())) {
                    cost.total = cost.total.plus(offer.pointValue().times(BigDecimal.valueOf(offer.points()), RoundingMode.HALF_EVEN));
                }
            }
            case MESSAGE -> { }
        }
    }
}
