package org.crmkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmkit.earning.OrderLine;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.ClaimCode;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponScope;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.DefineCouponCodes;
import org.crmkit.offer.coupon.EvaluateCoupons;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.IssueToSegment;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.coupon.ReleaseCoupons;
import org.crmkit.offer.coupon.RewardPurchase;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;

/** The command matrix's cases for the coupon service: each base defines a template and issues Li a coupon first where it needs one. */
final class MatrixCouponCommands {

    private MatrixCouponCommands() {}

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Cart cart() {
        return new Cart(List.of(new CartLine("tea-1", "tea", 2, cny("60.00"))), cny("8.00"));
    }

    private static CouponTemplate template(MatrixScene s) {
        return CouponTemplate.amountOff(s.tenant(), "full-100-20", "满100减20", cny("100.00"), cny("20.00"))
                .withScope(CouponScope.categories("tea")).withValidity(Validity.daysAfterIssue(7)).withTotalStock(1000L).withPerCustomerLimit(5);
    }

    /** Li's coupon of the defined template. */
    private static CouponId coupon(MatrixScene s) {
        s.crm().coupons().defineTemplate(template(s));
        return s.crm().coupons().issue(new IssueCoupon(s.tenant(), s.li(), "full-100-20", "matrix-issue")).couponId();
    }

    private static LockCoupons lock(MatrixScene s, CouponId id) {
        return new LockCoupons(s.tenant(), s.li(), "matrix-lock", "order-c1", cart(), null, List.of(id), Duration.ofMinutes(15));
    }

    /** 每满100 on tea, at most 2 an order, in June 2025. */
    private static PurchaseReward reward(MatrixScene s) {
        return PurchaseReward.of(s.tenant(), "tea-100", "full-100-20", cny("100.00")).withCategories("tea")
                .withDays(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)).withMaxPerOrder(2);
    }

    static void add(Map<String, MatrixCommands.CommandCase> all) {
        all.put("CouponService.defineTemplate(CouponTemplate)", new MatrixCommands.CommandCase(MatrixCouponCommands::template,
                (crm, s, c) -> {
                    crm.coupons().defineTemplate((CouponTemplate) c);
                    return null;
                }));
        all.put("CouponService.issue(IssueCoupon)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            return new IssueCoupon(s.tenant(), s.li(), "full-100-20", "issue-1");
        }, (crm, s, c) -> crm.coupons().issue((IssueCoupon) c)));
        all.put("CouponService.defineCodes(DefineCouponCodes)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            return new DefineCouponCodes(s.tenant(), "full-100-20", List.of("LIVE-618"), 100);
        }, (crm, s, c) -> {
            crm.coupons().defineCodes((DefineCouponCodes) c);
            return null;
        }));
        all.put("CouponService.claim(ClaimCode)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            s.crm().coupons().defineCodes(new DefineCouponCodes(s.tenant(), "full-100-20", List.of("LIVE-618"), 100));
            return new ClaimCode(s.tenant(), s.li(), "LIVE-618");
        }, (crm, s, c) -> crm.coupons().claim((ClaimCode) c)));
        all.put("CouponService.issueToSegment(IssueToSegment)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            return new IssueToSegment(s.tenant(), "full-100-20", Segment.of("everyone", Criteria.everyone()), "june", 0, 1);
        }, (crm, s, c) -> crm.coupons().issueToSegment((IssueToSegment) c)));
        all.put("CouponService.issueToSegment(TenantId, String, Segment, String, int, int)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            return Segment.of("everyone", Criteria.everyone());
        }, (crm, s, c) -> crm.coupons().issueToSegment(s.tenant(), "full-100-20", (Segment) c, "june", 0, 1)));
        all.put("CouponService.evaluate(EvaluateCoupons)", new MatrixCommands.CommandCase(s -> new EvaluateCoupons(s.tenant(), s.li(),
                cart(), null, List.of(coupon(s))), (crm, s, c) -> crm.coupons().evaluate((EvaluateCoupons) c)));
        all.put("CouponService.evaluate(TenantId, CustomerId, Cart, String, List)", new MatrixCommands.CommandCase(s -> {
            coupon(s);
            return cart();
        }, (crm, s, c) -> crm.coupons().evaluate(s.tenant(), s.li(), (Cart) c, null, crm.coupons().couponsOf(s.tenant(), s.li()).stream()
                .map(k -> k.couponId()).toList())));
        all.put("CouponService.lock(LockCoupons)", new MatrixCommands.CommandCase(s -> lock(s, coupon(s)),
                (crm, s, c) -> crm.coupons().lock((LockCoupons) c)));
        all.put("CouponService.commit(CommitCoupons)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().lock(lock(s, coupon(s)));
            return new CommitCoupons(s.tenant(), "order-c1", "pay-c1");
        }, (crm, s, c) -> crm.coupons().commit((CommitCoupons) c)));
        all.put("CouponService.release(ReleaseCoupons)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().lock(lock(s, coupon(s)));
            return new ReleaseCoupons(s.tenant(), "order-c1", "cancel-c1");
        }, (crm, s, c) -> crm.coupons().release((ReleaseCoupons) c)));
        all.put("CouponService.defineReward(PurchaseReward)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            return reward(s);
        }, (crm, s, c) -> {
            crm.coupons().defineReward((PurchaseReward) c);
            return null;
        }));
        all.put("CouponService.rewardPurchase(RewardPurchase)", new MatrixCommands.CommandCase(s -> {
            s.crm().coupons().defineTemplate(template(s));
            s.crm().coupons().defineReward(reward(s));
            return new RewardPurchase(s.tenant(), s.li(), "order-r1", cny("120.00"), Instant.parse("2025-06-01T02:00:00Z"),
                    List.of(new OrderLine("tea-1", "tea", cny("120.00"))));
        }, (crm, s, c) -> crm.coupons().rewardPurchase((RewardPurchase) c)));
    }
}
