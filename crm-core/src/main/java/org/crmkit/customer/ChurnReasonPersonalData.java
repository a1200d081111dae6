package org.crmkit.customer;

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
 * Churn reasons' personal data: the note of what the customer said. The churn-reason tag goes
 * with the profile's tags ({@link CustomerPersonalData}); events carry no note.
 *
 * <p>Erasure replaces each note with {@link PersonalData#ERASED}; codes, sides, occasions and times
 * stay, so the reason report counts as before.
 *
 * <p>Export section: {@code churnReasons} (newest first).
 *
 * @since 0.2
 */
public final class ChurnReasonPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("churn reason.note", "replaced by " + ERASED + " (code, side and counts unchanged)"));

    private final ChurnReasons reasons;

    /** Wires the part to the churn reasons port; {@code Crm.privacy()} does this for you. */
    public ChurnReasonPersonalData(ChurnReasons reasons) {
        this.reasons = checkNotNull(reasons, "reasons");
    }

    @Override
    public String context() {
        return "churnReasons";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        reasons.ofCustomer(tenantId, customerId).forEach(reason -> sink.accept(context(), "churnReasons", ExportValues.map(reason)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        reasons.anonymise(tenantId, customerId);
    }
}
