package org.crmkit.marketing.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.MarketingKeys;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.MessageSent;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Sending a campaign: a page of pending members per unit of work. Each page takes the campaign's
 * lock, settles its members still pending (consent, cap, erasure first), then calls the channel and
 * gives the offer to those sent; a member another run settled first is left alone. The channel call
 * is inside the unit, so a page that fails records nothing and its members stay pending.
 */
final class Sending {

    private final CampaignWork work;

    Sending(CampaignWork work) {
        this.work = work;
    }

    SendRun send(SendCampaign command) {
        work.validator.check(command);
        if (command.shard() >= command.shards()) {
            throw new ValidationException("SendCampaign", List.of(Violation.of("shard", command.shard(),
                    "must be less than shards (" + command.shards() + ")")));
        }
        Campaign campaign = work.transactions.inTransaction(() -> work.campaign(command.tenantId(), command.campaignId()));
        if (campaign.targets() + campaign.controls() == 0) {
            throw new ConflictException("campaign '" + campaign.campaignId() + "' is still being launched: launch it again to finish its"
                    + " snapshot, then send");
        }
        MessageChannel channel = work.channels.find(campaign.channel()).orElseThrow(() -> new RuleViolationException("campaign '"
                + campaign.campaignId() + "' sends through channel '" + campaign.channel() + "', which this Crm no longer has; add it to"
                + " the builder to send"));
        long[] totals = new long[5];
        CustomerId after = null;
        while (true) {
            Optional<Instant> stop = notBefore(campaign, work.now());
            if (stop.isPresent()) {
                // the quiet hours began while sending: the rest waits for their end
                return new SendRun(totals[0], totals[1], totals[2], totals[3], totals[4], stop.get());
            }
            CustomerId from = after;
            List<CampaignMember> page = work.transactions.inTransaction(() -> work.campaigns.pending(command.tenantId(),
                    command.campaignId(), command.shard(), command.shards(), from, CampaignWork.PAGE));
            if (page.isEmpty()) {
                return new SendRun(totals[0], totals[1], totals[2], totals[3], totals[4], null);
            }
            long[] counts = UnitOfWork.retrying(work.transactions, () -> sendPage(campaign, channel, page));
            for (int i = 0; i < totals.length; i++) {
                totals[i] += counts[i];
            }
            after = page.get(page.size() - 1).customerId();
        }
    }

    /** When the schedule or the quiet hours forbid sending now: the first moment they allow it. */
    private Optional<Instant> notBefore(Campaign campaign, Instant now) {
        if (now.isBefore(campaign.sendAt())) {
            return Optional.of(campaign.sendAt());
        }
        if (campaign.quietHours() != null && campaign.quietHours().covers(now, work.zone)) {
            return Optional.of(campaign.quietHours().endAfter(now, work.zone));
        }
        return Optional.empty();
    }

    private long[] sendPage(Campaign campaign, MessageChannel channel, List<CampaignMember> page) {
        work.campaigns.lock(campaign.tenantId(), campaign.campaignId());
        Instant now = work.now();
        List<CustomerId> ids = page.stream().map(CampaignMember::customerId).toList();
        FrequencyCap cap = campaign.frequencyCap();
        Map<CustomerId, Integer> recent = Map.of();
        if (cap != null) {
            // counted under the contacts' locks: another capped campaign sending to them now waits
            work.campaigns.lockContacts(campaign.tenantId(), ids);
            recent = work.campaigns.sentSince(campaign.tenantId(), ids, now.minus(Duration.ofDays(cap.days())));
        }
        Map<CustomerId, Boolean> consents = work.customers.consentsTo(campaign.tenantId(), ids, channel.consent());
        List<CampaignMember> settled = new ArrayList<>(page.size());
        for (CampaignMember member : page) {
            Boolean consent = consents.get(member.customerId());
            SendStatus outcome;
            if (consent == null) {
                outcome = SendStatus.GONE;
            } else if (!consent) {
                outcome = SendStatus.NO_CONSENT;
            } else if (cap != null && recent.getOrDefault(member.customerId(), 0) >= cap.messages()) {
                outcome = SendStatus.CAPPED;
            } else {
                outcome = SendStatus.SENT;
            }
            settled.add(member.settled(outcome, now, null));
        }
        Set<CustomerId> claimed = work.campaigns.settle(settled);
        long[] counts = new long[5];
        for (CampaignMember member : settled) {
            if (!claimed.contains(member.customerId())) {
                continue;
            }
            switch (member.status()) {
                case SENT -> counts[deliver(campaign, channel, member.customerId(), now) ? 0 : 1]++;
                case NO_CONSENT -> counts[2]++;
                case CAPPED -> counts[3]++;
                default -> counts[4]++;
            }
        }
        return counts;
    }

    /** Hands the message to the channel and, if it took it, gives the offer; true if delivered. */
    private boolean deliver(Campaign campaign, MessageChannel channel, CustomerId customerId, Instant now) {
        String key = key(campaign, customerId);
        Delivery delivery = channel.send(new Message(campaign.tenantId(), customerId, channel.name(), campaign.content(), key));
        work.publish(new MessageSent(work.newId(), now, campaign.tenantId(), customerId, channel.name(), campaign.content(),
                "campaign/" + campaign.campaignId(), key, delivery.delivered(), delivery.reason()));
        if (!delivery.delivered()) {
            work.campaigns.recordFailure(campaign.tenantId(), campaign.campaignId(), customerId, reason(delivery.reason()));
            return false;
        }
        CampaignOffer offer = campaign.offer();
        switch (offer.kind()) {
            case COUPON -> work.coupons.issue(new IssueCoupon(campaign.tenantId(), customerId, offer.templateId(), key));
            case POINTS -> work.loyalty.grant(new GrantPoints(campaign.tenantId(), customerId, offer.programmeId(), key, offer.points(),
                    "campaign " + campaign.campaignId(), campaign.campaignId(), "campaign"));
            case MESSAGE -> { }
        }
        return true;
    }

    /** The idempotency key of a campaign's message, coupon or points to one customer. */
    static String key(Campaign campaign, CustomerId customerId) {
        return MarketingKeys.of("campaign", campaign.campaignId(), customerId, "");
    }

    private static String reason(@Nullable String reason) {
        return reason == null ? "failed" : reason;
    }
}
