package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The coupons' part of privacy requests. Coupons hold ids, codes, amounts and times, no free text
 * about the customer: the export lists them (section {@code coupons}, newest first), and erasure
 * keeps them as they are, so the report's issued, used and cost figures stay consistent.
 *
 * @since 0.2
 */
public final class CouponPersonalData implements PersonalData {

    private final Coupons coupons;

    /** Wires the part to the coupon port; {@code Crm.privacy()} does this for you. */
    public CouponPersonalData(Coupons coupons) {
        this.coupons = checkNotNull(coupons, "coupons");
    }

    @Override
    public String context() {
        return "coupons";
    }

    @Override
    public List<PersonalField> fields() {
        return List.of();
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        coupons.of(tenantId, customerId).forEach(coupon -> sink.accept(context(), "coupons", ExportValues.map(coupon)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        // nothing personal to erase: ids and amounts stay so that the coupon figures add up
    }
}
