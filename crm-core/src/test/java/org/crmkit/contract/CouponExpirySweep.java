package org.crmkit.contract;

import java.util.HashMap;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/** {@code coupons().settleDue(tenant, i, n)}: coupons valid for a day after issue, expired unused once it ended. */
final class CouponExpirySweep implements TenantSweep {

    private final Crm crm;
    private final Map<TenantId, CustomerId> holders = new HashMap<>();

    CouponExpirySweep(Crm crm, MutableClock clock) {
        this.crm = crm;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        CustomerId holder = crm.customers().register(RegisterCustomer.of(tenant, "Zhang Wei", SourceChannel.APP)).id();
        crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "day", "day", Money.of("0.00", "CNY"), Money.of("10.00", "CNY"))
                .withValidity(Validity.daysAfterIssue(1)).withPerCustomerLimit(Math.max(1, rows)));
        for (int i = 0; i < rows; i++) {
            crm.coupons().issue(new IssueCoupon(tenant, holder, "day", "issue-" + i));
        }
        holders.put(tenant, holder);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        return crm.coupons().settleDue(tenant, shard, shards);
    }

    @Override
    public int done(TenantId tenant) {
        CustomerId holder = holders.get(tenant);
        return holder == null ? 0 : (int) crm.coupons().couponsOf(tenant, holder).stream().filter(c -> c.status() == CouponStatus.EXPIRED).count();
    }
}
