package org.crmkit;

import java.util.Optional;
import org.crmkit.complaint.CaseEscalated;
import org.crmkit.complaint.CaseEvent;
import org.crmkit.complaint.CaseOpened;
import org.crmkit.complaint.CaseReopened;
import org.crmkit.complaint.CaseResolved;
import org.crmkit.complaint.NpsRecorded;
import org.crmkit.complaint.SatisfactionRecorded;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.InteractionRecorded;
import org.crmkit.customer.LifecycleStageChanged;
import org.crmkit.customer.Timeline;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.PointsAdjusted;
import org.crmkit.loyalty.PointsEarned;
import org.crmkit.loyalty.PointsExpired;
import org.crmkit.loyalty.PointsRedeemed;
import org.crmkit.loyalty.PointsReversed;
import org.crmkit.loyalty.PointsTransferred;
import org.crmkit.offer.mall.RewardCancelled;
import org.crmkit.offer.mall.RewardFulfilled;
import org.crmkit.offer.mall.RewardRedeemed;
import org.crmkit.offer.mall.RewardShipped;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventPublisher;
import org.crmkit.tier.TierDowngraded;
import org.crmkit.tier.TierOverridden;
import org.crmkit.tier.TierUpgraded;
import org.crmkit.value.history.PurchaseRecorded;
import org.crmkit.value.history.PurchaseRefunded;

/**
 * Publishes every event to the host's publisher (the outbox by default) and writes the ones about
 * a customer to their timeline, in the same unit of work. Summaries are built from codes and
 * amounts only, never from free text, so the timeline holds no personal data to erase.
 */
final class TimelineProjection implements EventPublisher {

    private final EventPublisher next;
    private final Timeline timeline;

    TimelineProjection(EventPublisher next, Timeline timeline) {
        this.next = next;
        this.timeline = timeline;
    }

    @Override
    public void publish(DomainEvent event) {
        next.publish(event);
        entry(event).ifPresent(timeline::append);
    }

    private Optional<TimelineEntry> entry(DomainEvent event) {
        if (event instanceof PurchaseRecorded e) {
            return line(e, e.customerId(), "value", e.orderId(), "paid " + e.paid());
        } else if (event instanceof PurchaseRefunded e) {
            return line(e, e.customerId(), "value", e.orderId(), "refunded " + e.refunded() + (e.fullyRefunded() ? ", order fully refunded" : ""));
        } else if (event instanceof PointsEarned e) {
            return points(e, e.account(), "earned " + e.points() + " points" + (e.pending() ? " (pending)" : ""), e.reference());
        } else if (event instanceof PointsRedeemed e) {
            return points(e, e.account(), "spent " + e.points() + " points", e.reference());
        } else if (event instanceof PointsExpired e) {
            return points(e, e.account(), e.points() + " points expired", null);
        } else if (event instanceof PointsReversed e) {
            return points(e, e.account(), "reversed " + e.points() + " points" + (e.shortfall() > 0 ? ", " + e.shortfall() + " short" : ""),
                    e.orderId());
        } else if (event instanceof PointsAdjusted e) {
            return points(e, e.account(), "adjusted by " + e.signedPoints() + " points", null);
        } else if (event instanceof PointsTransferred e) {
            return points(e, e.account(), "transferred " + e.points() + " points to customer " + e.recipient().customerId().value(), null);
        } else if (event instanceof TierUpgraded e) {
            return line(e, e.customerId(), "tier", e.programmeId().value(), "tier " + e.from() + " -> " + e.to() + " (" + e.reason() + ")");
        } else if (event instanceof TierDowngraded e) {
            return line(e, e.customerId(), "tier", e.programmeId().value(), "tier " + e.from() + " -> " + e.to() + " (assessment)");
        } else if (event instanceof TierOverridden e) {
            return line(e, e.customerId(), "tier", e.programmeId().value(), "tier " + e.from() + " -> " + e.to() + " (override)");
        } else if (event instanceof LifecycleStageChanged e) {
            return line(e, e.customerId(), "customer", null, "stage " + e.from() + " -> " + e.to());
        } else if (event instanceof CustomerRegistered e) {
            return line(e, e.customerId(), "customer", null, "registered via " + e.sourceChannel());
        } else if (event instanceof InteractionRecorded e) {
            return line(e, e.customerId(), "customer", e.interactionId(), e.interactionType() + " via " + e.channel());
        } else if (event instanceof CaseOpened e) {
            return line(e, e.customerId(), "complaint", e.number(), e.caseType() + " case opened");
        } else if (event instanceof CaseResolved e) {
            return caseLine(e, e.customerId(), "case resolved: " + e.outcome() + (e.goodwillPoints() > 0 ? ", " + e.goodwillPoints() + " goodwill points" : ""));
        } else if (event instanceof CaseReopened e) {
            return caseLine(e, e.customerId(), "case reopened (" + e.reopenCount() + ")");
        } else if (event instanceof CaseEscalated e) {
            return caseLine(e, e.customerId(), "case escalated to level " + e.toLevel());
        } else if (event instanceof SatisfactionRecorded e) {
            return caseLine(e, e.customerId(), "rated the case " + e.score());
        } else if (event instanceof NpsRecorded e) {
            return line(e, e.customerId(), "complaint", e.surveyKey(), "answered survey " + e.surveyKey() + ": NPS score " + e.score());
        } else if (event instanceof RewardRedeemed e) {
            return line(e, e.customerId(), "mall", e.orderId(), "redeemed " + e.quantity() + " x " + e.itemCode() + " for " + e.points() + " points"
                    + (e.cash() != null ? " and " + e.cash() : ""));
        } else if (event instanceof RewardFulfilled e) {
            return line(e, e.customerId(), "mall", e.orderId(), "code issued for " + e.itemCode());
        } else if (event instanceof RewardShipped e) {
            return line(e, e.customerId(), "mall", e.orderId(), e.itemCode() + " shipped");
        } else if (event instanceof RewardCancelled e) {
            return line(e, e.customerId(), "mall", e.orderId(), "mall order cancelled, " + e.pointsRefunded() + " points refunded");
        }
        return Optional.empty();
    }

    private static Optional<TimelineEntry> points(DomainEvent e, AccountRef account, String summary, String reference) {
        return line(e, account.customerId(), "loyalty", reference != null ? reference : account.programmeId().value(), summary);
    }

    /** The events carry the case's customer, so a line costs no read of the case (the SLA check writes thousands a page). */
    private static Optional<TimelineEntry> caseLine(CaseEvent e, CustomerId customerId, String summary) {
        return line(e, customerId, "complaint", e.number(), summary);
    }

    private static Optional<TimelineEntry> line(DomainEvent e, CustomerId customerId, String context, String reference, String summary) {
        return Optional.of(new TimelineEntry(e.tenantId(), customerId, nextEntryId(), e.eventId().toString(), e.occurredAt(), context,
                e.type(), reference, summary));
    }

    /**
     * Entry ids grow in publishing order within this process, so the lines of one unit of work,
     * which share one instant, read back newest first in the order their changes happened.
     */
    private static String nextEntryId() {
        // zero-padded to 19 digits so that ids sort as text in numeric order (String.format cost a
        // tenth of an earn's own CPU in a profile)
        String digits = Long.toString(SEQUENCE.incrementAndGet());
        return "0".repeat(19 - digits.length()) + digits;
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1_000_000L);
}
