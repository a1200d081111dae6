package org.crmkit.marketing.campaign;

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
 * Campaigns' part of privacy requests. The export lists the customer's campaigns (section {@code
 * campaigns}: group, send status and time); erasure replaces the reasons channels gave for failed
 * sends (a channel may have named an address) and keeps groups and statuses, so campaign reports
 * keep their counts.
 *
 * @since 0.2
 */
public final class CampaignPersonalData implements PersonalData {

    private final Campaigns campaigns;

    /** Wires the part to the campaign port; {@code Crm.privacy()} does this for you. */
    public CampaignPersonalData(Campaigns campaigns) {
        this.campaigns = checkNotNull(campaigns, "campaigns");
    }

    @Override
    public String context() {
        return "campaigns";
    }

    @Override
    public List<PersonalField> fields() {
        return List.of(PersonalField.of("campaign member.reason", "replaced with " + ERASED));
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        campaigns.ofCustomer(tenantId, customerId).forEach(m -> sink.accept(context(), "campaigns", ExportValues.map(m)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        campaigns.replaceReasons(tenantId, customerId, ERASED);
    }
}
