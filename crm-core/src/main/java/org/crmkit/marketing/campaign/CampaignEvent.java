package org.crmkit.marketing.campaign;

import org.crmkit.shared.DomainEvent;

/**
 * Events of campaigns. They carry ids and counts, never personal data; each message sent is a
 * {@link org.crmkit.marketing.MessageSent}.
 *
 * @since 0.2
 */
public sealed interface CampaignEvent extends DomainEvent permits CampaignLaunched {

    /** The campaign. */
    String campaignId();

    @Override
    default String aggregateId() {
        return campaignId();
    }
}
