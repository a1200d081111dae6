package org.crmkit.marketing.survey;

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
 * Marketing surveys' personal data: the customer's free-text answers. Events carry no answers.
 *
 * <p>Erasure replaces each free-text answer with {@link PersonalData#ERASED}. Choices, scores,
 * rewards and times stay, so survey results and the loyalty ledger add up as before.
 *
 * <p>Export section: {@code responses} (every response of the customer, newest first).
 *
 * @since 0.2
 */
public final class SurveyPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("survey response.answers.text", "replaced by " + ERASED + " (choices and scores unchanged)"));

    private final SurveyBook book;

    /** Wires the part to the survey port; {@code Crm.privacy()} does this for you. */
    public SurveyPersonalData(SurveyBook book) {
        this.book = checkNotNull(book, "book");
    }

    @Override
    public String context() {
        return "surveys";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        book.responsesOf(tenantId, customerId).forEach(response -> sink.accept(context(), "responses", ExportValues.map(response)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        book.anonymise(tenantId, customerId);
    }
}
