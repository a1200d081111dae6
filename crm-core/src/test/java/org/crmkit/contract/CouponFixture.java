package org.crmkit.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;

/** A tenant with a coupon service on a storage under test, a movable clock and helpers to build carts and coupons. */
final class CouponFixture {

    final MutableClock clock = MutableClock.atSomeMoment();
    final TenantId tenant = Tenants.fresh();
    final Crm crm;
    final CouponService coupons;
    private int keys;

    CouponFixture(CrmStorage storage) {
        this.crm = Crm.builder().storage(storage).clock(clock).build();
        this.coupons = crm.coupons();
    }

    CustomerId member(String name) {
        return member(tenant, name);
    }

    CustomerId member(TenantId in, String name) {
        return crm.customers().register(RegistrationBuilder.aRegistration(in).displayName(name).build()).id();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static CartLine line(String sku, String category, int quantity, String unitPrice) {
        return new CartLine(sku, category, quantity, cny(unitPrice));
    }

    static Cart cart(String shipping, CartLine... lines) {
        return new Cart(Arrays.asList(lines), cny(shipping));
    }

    /** 满 {@code threshold} 减 {@code off}, order-wide, in the given group. */
    CouponTemplate amountOff(String id, String threshold, String off) {
        return CouponTemplate.amountOff(tenant, id, id, cny(threshold), cny(off));
    }

    CouponTemplate percentOff(String id, String percent, String cap) {
        return CouponTemplate.percentOff(tenant, id, id, new BigDecimal(percent), cap == null ? null : cny(cap),
                java.util.Currency.getInstance("CNY"));
    }

    CouponTemplate freeShipping(String id, String threshold) {
        return CouponTemplate.freeShipping(tenant, id, id, cny(threshold));
    }

    /** Defines the template and issues one coupon of it to the customer. */
    CouponId give(CustomerId customer, CouponTemplate template) {
        coupons.defineTemplate(template);
        return issue(customer, template.templateId()).couponId();
    }

    Coupon issue(CustomerId customer, String templateId) {
        return coupons.issue(new IssueCoupon(tenant, customer, templateId, "issue-" + (++keys)));
    }

    LockCoupons lockOf(CustomerId customer, String order, Cart cart, CouponId... ids) {
        return new LockCoupons(tenant, customer, "lock-" + order, order, cart, null, List.of(ids), Duration.ofMinutes(15));
    }

    CouponLock lock(CustomerId customer, String order, Cart cart, CouponId... ids) {
        return coupons.lock(lockOf(customer, order, cart, ids));
    }
}
