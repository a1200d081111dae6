package org.crmkit.examples;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.offer.coupon.ClaimCode;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.DefineCouponCodes;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.RecordPurchase;

/** The README's coupons example, kept compiling and run by a test. */
public final class CouponsExample {

    private CouponsExample() {}

    /** What the example leaves: the coupons order 2 earned, and Li's coupons by status after order 2 was cancelled. */
    public record Outcome(List<Coupon> rewarded, List<CouponStatus> statuses) {}

    /** Runs the example on the in-memory storage. */
    public static Outcome run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage()).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        // --- README coupons example begins
        crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, "mj20", "满200减20", Money.of("200.00", "CNY"),
                Money.of("20.00", "CNY")).withTotalStock(10_000L).withPerCustomerLimit(3));
        crm.coupons().issue(new IssueCoupon(shop, li.id(), "mj20", "welcome:" + li.id().value()));  // one customer
        crm.coupons().issueToSegment(shop, "mj20", Segment.of("all", Criteria.everyone()),
                "june-all", 0, 1);                                               // a segment, shard 0 of 1
        crm.coupons().defineCodes(new DefineCouponCodes(shop, "mj20", List.of("LIVE-618"), 500));
        crm.coupons().claim(new ClaimCode(shop, li.id(), "LIVE-618"));         // a code from a live stream
        crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, "back30", "返券 满300减30",
                Money.of("300.00", "CNY"), Money.of("30.00", "CNY")).withPerCustomerLimit(100));
        crm.coupons().defineReward(PurchaseReward.of(shop, "thanks", "back30", Money.of("300.00", "CNY"))
                .withMaxPerOrder(3));                                            // 购物返券: one per full 300, at most 3
        PurchaseReceipt order2 = crm.commerce().recordPurchase(
                RecordPurchase.of(shop, li.id(), "order-2", Money.of("650.00", "CNY")));
        List<Coupon> rewarded = order2.rewardCoupons();                          // 2 coupons of back30
        crm.commerce().cancelOrder(CancelOrder.of(shop, li.id(), "order-2"));   // voids both, still unused
        // --- README coupons example ends
        List<CouponStatus> statuses = crm.coupons().couponsOf(shop, li.id()).stream().map(Coupon::status).sorted().toList();
        System.out.println("order-2 earned " + rewarded.size() + " coupons; Li's coupons now " + statuses);
        return new Outcome(rewarded, statuses);
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run();
    }
}
