package org.crmkit.marketing.campaign;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.marketing.MessageChannels;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;

/**
 * Campaigns (市场活动): launch a message with an offer to a segment, with a random control group
 * held out; send it in shards; report the response and the uplift. Times are the injected clock's;
 * quiet hours and the attribution window are in the tenant's zone. Thread-safe.
 *
 * <p>A typical run: {@link #launch} once (it snapshots the audience); {@link #send} from a scheduled
 * job, one call per shard, until every run reports nothing left (it is safe to call early, late,
 * twice, or for the same shard from two instances at once); {@link #report} once the attribution
 * window has ended, or at any time for the figures so far.
 *
 * @since 0.2
 */
public final class CampaignService {

    private final CampaignWork work;
    private final Launching launching;
    private final Sending sending;
    private final Reporting reporting;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public CampaignService(CampaignPorts ports, MessageChannels channels, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.work = new CampaignWork(ports, channels, transactions, events, validator, clock, ids, zone);
        this.launching = new Launching(work);
        this.sending = new Sending(work);
        this.reporting = new Reporting(work);
    }

    /**
     * Launches a campaign: snapshots the segment's members now, a page of 500 per unit of work, and
     * holds out each member with probability {@code controlShare} by a draw seeded with {@code
     * seed} (the same seed holds out the same customers). Launching again with the same command
     * returns the launched campaign, or finishes a launch that was cut short.
     *
     * @throws ValidationException if a field is missing or out of range, the channel is unknown, or
     *     the segment has no members (then nothing is written)
     * @throws NotFoundException for an unknown coupon template or programme of the offer
     * @throws IdempotencyKeyReusedException if the tenant launched another campaign under this id
     */
    public Campaign launch(LaunchCampaign command) {
        return ServiceCalls.call(() -> launching.launch(command));
    }

    /**
     * Sends what is due of one shard: nothing before the campaign's send time or during its quiet
     * hours (the result says when to come back); otherwise every pending member of the shard, 500 per
     * unit of work. A member without consent for the channel, at the frequency cap, or erased is
     * settled without a message. For each member sent, the channel gets one {@link
     * org.crmkit.marketing.Message} keyed {@code campaign/<id>/<customer>}, a {@link
     * org.crmkit.marketing.MessageSent} event goes to the outbox, and the offer is given under the
     * same key. Members already settled are never sent again.
     *
     * @throws NotFoundException for an unknown campaign
     * @throws ConflictException if the campaign's launch has not finished
     * @throws RuleViolationException if the campaign's channel is no longer configured
     * @throws org.crmkit.offer.coupon.CouponUnavailableException if the coupon offer ran out of
     *     stock or its window ended; the page's members stay pending
     */
    public SendRun send(SendCampaign command) {
        return ServiceCalls.call(() -> sending.send(command));
    }

    /**
     * The response and uplift of a campaign in {@code currency} (purchases in other currencies are
     * left out): each group's size, responders and revenue in the attribution window, the messages
     * by outcome, the coupons redeemed, the uplift with its 95% intervals (see {@link Uplift}), the
     * offer's cost and the ROI. Reads the whole audience; run it from a job.
     *
     * @throws NotFoundException for an unknown campaign
     */
    public CampaignReport report(TenantId tenantId, String campaignId, Currency currency) {
        return ServiceCalls.call(() -> reporting.report(tenantId, campaignId, currency));
    }

    /** The tenant's campaign, if launched. */
    public Optional<Campaign> campaign(TenantId tenantId, String campaignId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.campaigns.find(tenantId, campaignId)));
    }

    /** The customer's part in every campaign of the tenant: group, send status and when, by campaign id. */
    public List<CampaignMember> membershipsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.campaigns.ofCustomer(tenantId, customerId)));
    }
}
