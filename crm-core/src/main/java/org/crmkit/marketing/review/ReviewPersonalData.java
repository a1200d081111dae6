package org.crmkit.marketing.review;

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
 * Reviews' personal data: the text a customer wrote. Events carry no text.
 *
 * <p>Erasure replaces each review's text with {@link PersonalData#ERASED}. Stars, statuses, points
 * and times stay, so product ratings and the loyalty ledger add up as before.
 *
 * <p>Export section: {@code reviews} (every review of the customer, newest first).
 *
 * @since 0.2
 */
public final class ReviewPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("review.text", "replaced by " + ERASED + " (stars, status and ratings unchanged)"));

    private final Reviews reviews;

    /** Wires the part to the reviews port; {@code Crm.privacy()} does this for you. */
    public ReviewPersonalData(Reviews reviews) {
        this.reviews = checkNotNull(reviews, "reviews");
    }

    @Override
    public String context() {
        return "reviews";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        reviews.ofCustomer(tenantId, customerId).forEach(review -> sink.accept(context(), "reviews", ExportValues.map(review)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        reviews.anonymise(tenantId, customerId);
    }
}
