package org.crmkit.marketing.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Launching a campaign: the campaign row is written with the first page of its audience, each
 * further page in its own unit of work, and the counts at the end. A launch cut short is finished
 * by launching again with the same command; a page already written is skipped.
 */
final class Launching {

    private final CampaignWork work;

    Launching(CampaignWork work) {
        this.work = work;
    }

    Campaign launch(LaunchCampaign command) {
        work.validator.check(command);
        if (work.channels.find(command.channel()).isEmpty()) {
            throw new ValidationException("LaunchCampaign", List.of(Violation.of("channel", command.channel(),
                    "is not a message channel of this Crm; use one of " + work.channels.names())));
        }
        Instant now = work.now();
        Campaign wanted = new Campaign(command.tenantId(), command.campaignId(), command.name(),
                command.segment().name() + ": " + command.segment().criterion().describe(), command.channel(), command.content(),
                command.offer(), command.controlShare(), command.seed(), command.attributionDays(),
                command.sendAt() != null ? command.sendAt() : now, command.quietHours(), command.frequencyCap(), now, 0, 0);
        Optional<Campaign> first = work.transactions.inTransaction(() -> work.campaigns.find(command.tenantId(), command.campaignId()));
        if (first.isPresent()) {
            Campaign launched = same(first.get(), wanted);
            if (launched.targets() + launched.controls() > 0) {
                return launched;
            }
            wanted = launched;
        } else {
            work.transactions.run(() -> checkOffer(command));
        }
        return snapshot(wanted, command);
    }

    private Campaign snapshot(Campaign wanted, LaunchCampaign command) {
        long[] counts = new long[2];
        List<CustomerId> page = new ArrayList<>(CampaignWork.PAGE);
        work.segments.forEachMember(command.tenantId(), command.segment(), 0, 1, id -> {
            page.add(id);
            if (page.size() == CampaignWork.PAGE) {
                snapshotPage(wanted, page, counts);
                page.clear();
            }
        });
        if (!page.isEmpty()) {
            snapshotPage(wanted, page, counts);
        }
        if (counts[0] + counts[1] == 0) {
            throw new ValidationException("LaunchCampaign", List.of(Violation.of("segment", command.segment().name(),
                    "has no members today: a campaign needs an audience; nothing was launched")));
        }
        return UnitOfWork.retrying(work.transactions, () -> {
            work.campaigns.lock(wanted.tenantId(), wanted.campaignId());
            Campaign current = work.campaign(wanted.tenantId(), wanted.campaignId());
            if (current.targets() + current.controls() > 0) {
                return current;
            }
            work.campaigns.complete(wanted.tenantId(), wanted.campaignId(), counts[0], counts[1]);
            work.publish(new CampaignLaunched(work.newId(), work.now(), wanted.tenantId(), wanted.campaignId(), counts[0], counts[1]));
            return work.campaign(wanted.tenantId(), wanted.campaignId());
        });
    }

    /** Writes one page of the audience, and the campaign with the first; counts each member by group. */
    private void snapshotPage(Campaign wanted, List<CustomerId> page, long[] counts) {
        List<CustomerId> ids = List.copyOf(page);
        long[] added = UnitOfWork.retrying(work.transactions, () -> {
            Optional<Campaign> current = work.campaigns.find(wanted.tenantId(), wanted.campaignId());
            if (current.isPresent()) {
                same(current.get(), wanted);
            } else {
                work.campaigns.insert(wanted);
            }
            Set<CustomerId> done = work.campaigns.snapshotted(wanted.tenantId(), wanted.campaignId(), ids);
            List<CampaignMember> members = new ArrayList<>();
            long[] groups = new long[2];
            for (CustomerId id : ids) {
                boolean control = Holdout.heldOut(wanted.seed(), id, wanted.controlShare());
                groups[control ? 1 : 0]++;
                if (!done.contains(id)) {
                    members.add(CampaignMember.snapshotted(wanted.tenantId(), wanted.campaignId(), id, control));
                }
            }
            if (!members.isEmpty()) {
                work.campaigns.insertMembers(members);
            }
            return groups;
        });
        counts[0] += added[0];
        counts[1] += added[1];
    }

    private static Campaign same(Campaign first, Campaign wanted) {
        if (!first.sameAs(wanted)) {
            throw new IdempotencyKeyReusedException(wanted.campaignId(), "LaunchCampaign of another campaign");
        }
        return first;
    }

    private void checkOffer(LaunchCampaign command) {
        CampaignOffer offer = command.offer();
        switch (offer.kind()) {
            case COUPON -> work.coupons.template(command.tenantId(), offer.templateId())
                    .orElseThrow(() -> new NotFoundException("coupon template", command.tenantId(), offer.templateId()));
            case POINTS -> work.loyalty.programme(command.tenantId(), offer.programmeId())
                    .orElseThrow(() -> new NotFoundException("programme", command.tenantId(), offer.programmeId().value()));
            case MESSAGE -> { }
        }
    }
}
