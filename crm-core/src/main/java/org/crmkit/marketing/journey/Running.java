package org.crmkit.marketing.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.customer.Customer;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.MarketingKeys;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.MessageSent;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.value.history.PurchaseSummary;

/**
 * Running a journey: the shard's customers a page per unit of work. Each page takes the journey's
 * lock, reads who it fired for in this window, checks the trigger for the others, and for each one
 * it holds for: checks consent, sends, issues the coupon, and records the firing with its explanation.
 */
final class Running {

    private static final int PAGE = 500;

    private final JourneyWork work;
    private final Triggers triggers;

    Running(JourneyWork work) {
        this.work = work;
        this.triggers = new Triggers(work.ports);
    }

    JourneyRun run(RunJourney command) {
        work.validator.check(command);
        if (command.shard() >= command.shards()) {
            throw new ValidationException("RunJourney", List.of(Violation.of("shard", command.shard(),
                    "must be less than shards (" + command.shards() + ")")));
        }
        Journey journey = work.transactions.inTransaction(() -> work.journey(command.tenantId(), command.journeyId()));
        MessageChannel channel = work.channels.find(journey.channel()).orElseThrow(() -> new RuleViolationException("journey '"
                + journey.journeyId() + "' sends through channel '" + journey.channel() + "', which this Crm no longer has"));
        long[] totals = new long[4];
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Customer> page = work.transactions.inTransaction(() -> work.ports.customers().page(command.tenantId(), current));
            List<Customer> shard = page.items().stream()
                    .filter(c -> c.erasedAt() == null && c.id().inShard(command.shard(), command.shards())).toList();
            if (!shard.isEmpty()) {
                long[] counts = UnitOfWork.retrying(work.transactions, () -> runPage(journey, channel, shard));
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += counts[i];
                }
            }
            if (page.nextCursor().isEmpty()) {
                return new JourneyRun(totals[0], totals[1], totals[2], totals[3]);
            }
            request = PageRequest.after(page.nextCursor().get(), PAGE);
        }
    }

    /** The window a firing now falls in: {@code once} for a first purchase, else the window's number since 1970-01-01 in the tenant's zone. */
    static String window(Journey journey, LocalDate today) {
        return journey.trigger() == JourneyTrigger.FIRST_PURCHASE ? "once" : "w" + Math.floorDiv(today.toEpochDay(), journey.windowDays());
    }

    private long[] runPage(Journey journey, MessageChannel channel, List<Customer> customers) {
        work.ports.journeys().lock(journey.tenantId(), journey.journeyId());
        Journey current = work.journey(journey.tenantId(), journey.journeyId());
        Instant now = work.now();
        LocalDate today = now.atZone(work.zone).toLocalDate();
        String window = window(current, today);
        Set<CustomerId> fired = work.ports.journeys().fired(current.tenantId(), current.journeyId(), window,
                customers.stream().map(Customer::id).toList());
        long[] counts = new long[4];
        counts[0] = customers.size();
        List<JourneyFiring> firings = new ArrayList<>();
        Map<CustomerId, PurchaseSummary> summaries = triggers.pageReads(current, customers);
        for (Customer customer : customers) {
            Optional<String> why = triggers.check(current, customer, now, today, summaries);
            if (why.isEmpty()) {
                continue;
            }
            if (fired.contains(customer.id())) {
                counts[3]++;
                continue;
            }
            JourneyFiring firing = fire(current, channel, customer, window, now, why.get());
            firings.add(firing);
            counts[1]++;
            counts[2] += firing.outcome() == FiringOutcome.SENT ? 1 : 0;
        }
        work.ports.journeys().insert(firings);
        return counts;
    }

    private JourneyFiring fire(Journey journey, MessageChannel channel, Customer customer, String window, Instant now, String why) {
        if (!customer.hasConsent(channel.consent())) {
            return new JourneyFiring(journey.tenantId(), journey.journeyId(), customer.id(), window, now, FiringOutcome.NO_CONSENT, why, null);
        }
        String key = MarketingKeys.of("journey", journey.journeyId(), customer.id(), window);
        Delivery delivery = channel.send(new Message(journey.tenantId(), customer.id(), channel.name(), journey.content(), key));
        work.publish(new MessageSent(work.newId(), now, journey.tenantId(), customer.id(), channel.name(), journey.content(),
                "journey/" + journey.journeyId(), key, delivery.delivered(), delivery.reason()));
        if (!delivery.delivered()) {
            return new JourneyFiring(journey.tenantId(), journey.journeyId(), customer.id(), window, now, FiringOutcome.FAILED, why,
                    delivery.reason());
        }
        if (journey.couponTemplateId() != null) {
            work.ports.coupons().issue(new IssueCoupon(journey.tenantId(), customer.id(), journey.couponTemplateId(), key));
        }
        return new JourneyFiring(journey.tenantId(), journey.journeyId(), customer.id(), window, now, FiringOutcome.SENT, why, null);
    }
}
