package org.crmkit.offer;

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
 * The checkout's part of the offer context: the customer's checkouts. It declares no personal-data
 * fields: a checkout holds order references, SKUs, categories, prices, coupon ids and points, which
 * say nothing about the person once the profile is erased; erasure leaves them as they are, so
 * offer costs and points totals stay consistent.
 *
 * <p>Export section: {@code checkouts} (oldest first, each quote with its status and steps).
 *
 * @since 0.2
 */
public final class CheckoutPersonalData implements PersonalData {

    private final Checkouts checkouts;

    /** Wires the part to the offer ports; {@code Crm.privacy()} does this for you. */
    public CheckoutPersonalData(Checkouts checkouts) {
        this.checkouts = checkNotNull(checkouts, "checkouts");
    }

    @Override
    public String context() {
        return "checkout";
    }

    /** None: see the class comment. */
    @Override
    public List<PersonalField> fields() {
        return List.of();
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        for (StoredCheckout checkout : checkouts.ofCustomer(tenantId, customerId)) {
            sink.accept(context(), "checkouts", ExportValues.map(checkout.quote()));
        }
    }

    /** Nothing to erase: see the class comment. */
    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        // no personal fields
    }
}
