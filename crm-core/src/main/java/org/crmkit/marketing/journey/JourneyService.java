package org.crmkit.marketing.journey;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crmkit.marketing.MessageChannels;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;

/**
 * Triggered journeys (Open Loyalty's segment-entered triggers, and more): a review request some days
 * after the first purchase, a win-back offer when P(alive) falls below a threshold, a reminder before
 * a tier drops or points expire. Each journey reaches a customer at most once per window, records
 * why it fired, and respects consent; run it from a scheduled job, one call per shard. Thread-safe.
 *
 * @since 0.2
 */
public final class JourneyService {

    private final JourneyWork work;
    private final Defining defining;
    private final Running running;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public JourneyService(JourneyPorts ports, MessageChannels channels, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.work = new JourneyWork(ports, channels, transactions, events, validator, clock, ids, zone);
        this.defining = new Defining(work);
        this.running = new Running(work);
    }

    /**
     * Defines or replaces a journey.
     *
     * @throws ValidationException if a field is out of range, a setting does not go with the trigger,
     *     or the channel is unknown
     * @throws NotFoundException for an unknown programme or coupon template
     */
    public Journey define(DefineJourney command) {
        return ServiceCalls.call(() -> defining.define(command));
    }

    /**
     * Runs a journey over one shard of the tenant's customers, 500 per unit of work: for each customer
     * the trigger holds for and the journey has not reached in the current window, sends the message
     * (if the customer agreed to the channel), issues the coupon, and records the firing with its
     * explanation. Running again in the same window fires for nobody twice.
     *
     * @throws NotFoundException for an unknown journey
     * @throws RuleViolationException if the journey's channel is no longer configured
     * @throws org.crmkit.offer.coupon.CouponUnavailableException if the win-back coupon ran out; the
     *     page's customers are tried again by the next run
     */
    public JourneyRun run(RunJourney command) {
        return ServiceCalls.call(() -> running.run(command));
    }

    /** The tenant's journey, if defined. */
    public Optional<Journey> journey(TenantId tenantId, String journeyId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.ports.journeys().find(tenantId, journeyId)));
    }

    /** Every time a journey fired for the customer, with why, by journey id and window. */
    public List<JourneyFiring> firingsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.ports.journeys().ofCustomer(tenantId, customerId)));
    }
}
