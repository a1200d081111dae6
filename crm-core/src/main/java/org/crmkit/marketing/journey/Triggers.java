package org.crmkit.marketing.journey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.customer.Customer;
import org.crmkit.loyalty.ExpiringPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.tier.TierOutlook;
import org.crmkit.tier.TierStatus;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.Prediction;

/** Whether a journey's trigger holds for a customer now, and why: the explanation kept with the firing. */
final class Triggers {

    private final JourneyPorts ports;

    Triggers(JourneyPorts ports) {
        this.ports = ports;
    }

    /**
     * What {@link #check} reads for a page of customers at once: their purchase totals, when the journey's trigger is the first
     * purchase (one read for the page instead of one a customer); nothing for the other triggers.
     */
    Map<CustomerId, PurchaseSummary> pageReads(Journey journey, List<Customer> customers) {
        if (journey.trigger() != JourneyTrigger.FIRST_PURCHASE || customers.isEmpty()) {
            return Map.of();
        }
        return ports.purchases().summariesOf(journey.tenantId(), customers.stream().map(Customer::id).toList());
    }

    /** @param summaries the {@link #pageReads} of the page {@code customer} is on */
    Optional<String> check(Journey journey, Customer customer, Instant now, LocalDate today, Map<CustomerId, PurchaseSummary> summaries) {
        return switch (journey.trigger()) {
            case FIRST_PURCHASE -> firstPurchase(journey, Optional.ofNullable(summaries.get(customer.id())), now);
            case P_ALIVE_BELOW -> pAlive(journey, customer);
            case TIER_WILL_DROP -> tierDrop(journey, customer, today);
            case POINTS_EXPIRING -> expiring(journey, customer, today);
        };
    }

    private static Optional<String> firstPurchase(Journey journey, Optional<PurchaseSummary> summary, Instant now) {
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Instant due = summary.get().firstPurchaseAt().plus(Duration.ofDays(journey.days()));
        if (due.isAfter(now) || !due.isAfter(journey.definedAt())) {
            return Optional.empty();
        }
        return Optional.of("first purchase at " + summary.get().firstPurchaseAt() + "; due " + journey.days() + " days later, at " + due);
    }

    private Optional<String> pAlive(Journey journey, Customer customer) {
        BigDecimal threshold = journey.threshold();
        Optional<CustomerValue> value = ports.values().find(customer.tenantId(), customer.id());
        Optional<Prediction> prediction = value.flatMap(CustomerValue::prediction);
        if (prediction.isEmpty() || prediction.get().pAlive() >= threshold.doubleValue()) {
            return Optional.empty();
        }
        return Optional.of("P(alive) " + prediction.get().pAlive() + " (scored " + value.get().scoredAt() + ") is below "
                + threshold.toPlainString());
    }

    private Optional<String> tierDrop(Journey journey, Customer customer, LocalDate today) {
        if (ports.tiers().currentTier(customer.tenantId(), customer.id(), journey.programmeId()).isEmpty()) {
            return Optional.empty();
        }
        TierStatus status = ports.tiers().status(customer.tenantId(), customer.id(), journey.programmeId());
        TierOutlook outlook = status.outlook();
        if (outlook == null || outlook.droppingTo() == null || outlook.assessmentDay().isAfter(today.plusDays(journey.days()))) {
            return Optional.empty();
        }
        return Optional.of("tier " + status.tier().code() + " drops to " + outlook.droppingTo() + " at the assessment on "
                + outlook.assessmentDay() + ", within " + journey.days() + " days, unless the metric reaches " + outlook.metricToStay()
                + " (heading for " + outlook.metricThen() + ")");
    }

    private Optional<String> expiring(Journey journey, Customer customer, LocalDate today) {
        LocalDate last = today.plusDays(journey.days());
        long points = 0;
        LocalDate first = null;
        for (ExpiringPoints e : ports.loyalty().balance(customer.tenantId(), customer.id(), journey.programmeId()).expiringSoon()) {
            if (!e.date().isAfter(last)) {
                points += e.points();
                first = first == null ? e.date() : first;
            }
        }
        return points == 0 ? Optional.empty()
                : Optional.of(points + " points expire by " + last + " (the first on " + first + "), within " + journey.days() + " days");
    }
}
