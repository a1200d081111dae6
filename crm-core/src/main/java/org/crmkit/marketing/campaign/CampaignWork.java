package org.crmkit.marketing.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.marketing.MessageChannels;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.segment.SegmentService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.value.history.Purchases;

/** What every campaign use case shares: the ports and services it reads and writes, the clock and the zone. */
final class CampaignWork {

    /** Customers per unit of work when snapshotting, sending and reporting. */
    static final int PAGE = 500;

    final Campaigns campaigns;
    final CustomerRepository customers;
    final Purchases purchases;
    final SegmentService segments;
    final CouponService coupons;
    final LoyaltyService loyalty;
    final MessageChannels channels;
    final TransactionRunner transactions;
    final CommandValidator validator;
    final ZoneId zone;
    private final EventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;

    CampaignWork(CampaignPorts ports, MessageChannels channels, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.campaigns = ports.campaigns();
        this.customers = ports.customers();
        this.purchases = ports.purchases();
        this.segments = ports.segments();
        this.coupons = ports.coupons();
        this.loyalty = ports.loyalty();
        this.channels = channels;
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
    }

    Instant now() {
        return clock.instant();
    }

    UUID newId() {
        return ids.next();
    }

    void publish(DomainEvent event) {
        events.publish(event);
    }

    Campaign campaign(TenantId tenantId, String campaignId) {
        return campaigns.find(tenantId, campaignId).orElseThrow(() -> new NotFoundException("campaign", tenantId, campaignId));
    }
}
