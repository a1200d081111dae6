package org.crmkit.marketing.journey;

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
 * Journeys' part of privacy requests. The export lists every firing (section {@code journeys}: the
 * journey, window, outcome and explanation); erasure replaces the reasons channels gave for failed
 * messages and keeps the firings, so no journey fires again for an erased customer's window.
 *
 * @since 0.2
 */
public final class JourneyPersonalData implements PersonalData {

    private final Journeys journeys;

    /** Wires the part to the journey port; {@code Crm.privacy()} does this for you. */
    public JourneyPersonalData(Journeys journeys) {
        this.journeys = checkNotNull(journeys, "journeys");
    }

    @Override
    public String context() {
        return "journeys";
    }

    @Override
    public List<PersonalField> fields() {
        return List.of(PersonalField.of("journey firing.reason", "replaced with " + ERASED));
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        journeys.ofCustomer(tenantId, customerId).forEach(f -> sink.accept(context(), "journeys", ExportValues.map(f)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        journeys.replaceReasons(tenantId, customerId, ERASED);
    }
}
