package org.crmkit.value;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * The customer-value context's part: the purchase history, the customer's totals and the latest
 * value scores. It declares no personal-data fields: a purchase holds order ids, amounts, item
 * SKUs and categories, a payment-method code and a sales-channel code, which say nothing about the
 * person once the profile is erased, and which the ledger, tier history and analytics totals are
 * built from; erasure leaves them as they are.
 *
 * <p>Export sections: {@code purchases} (newest first, page by page, each with the refunded
 * amount; refund ids are not listed per customer), {@code summary} and {@code scores} (RFM,
 * prediction and value level), when present.
 *
 * @since 0.2
 */
public final class ValuePersonalData implements PersonalData {

    private final Purchases purchases;
    private final CustomerValues values;

    /** Wires the part to the value ports; {@code Crm.privacy()} does this for you. */
    public ValuePersonalData(Purchases purchases, CustomerValues values) {
        this.purchases = checkNotNull(purchases, "purchases");
        this.values = checkNotNull(values, "values");
    }

    @Override
    public String context() {
        return "value";
    }

    /** None: see the class comment. */
    @Override
    public List<PersonalField> fields() {
        return List.of();
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        Page.forEach(request -> purchases.ofCustomer(tenantId, customerId, request), PageRequest.MAX_LIMIT,
                p -> sink.accept(context(), "purchases", ExportValues.map(p)));
        purchases.summary(tenantId, customerId).ifPresent(s -> sink.accept(context(), "summary", ExportValues.map(s)));
        values.find(tenantId, customerId).ifPresent(v -> sink.accept(context(), "scores", ExportValues.map(v)));
    }

    /** Nothing to erase: see the class comment. */
    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        // no personal fields
    }
}
