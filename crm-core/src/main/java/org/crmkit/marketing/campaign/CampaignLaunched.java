package org.crmkit.marketing.campaign;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A campaign's audience was snapshotted.
 *
 * @since 0.2
 */
public record CampaignLaunched(UUID eventId, Instant occurredAt, TenantId tenantId, String campaignId, long targets, long controls)
        implements CampaignEvent {}
