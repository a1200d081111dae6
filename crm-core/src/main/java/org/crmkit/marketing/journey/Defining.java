package org.crmkit.marketing.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Defining a journey: the settings its trigger needs, a known channel, programme and coupon template. */
final class Defining {

    /** The furthest ahead the points balance shows expiring points. */
    static final int MAX_EXPIRY_DAYS = 30;

    private final JourneyWork work;

    Defining(JourneyWork work) {
        this.work = work;
    }

    Journey define(DefineJourney command) {
        work.validator.check(command);
        List<Violation> problems = new ArrayList<>();
        JourneyTrigger trigger = command.trigger();
        if ((trigger == JourneyTrigger.P_ALIVE_BELOW) != (command.threshold() != null)) {
            problems.add(Violation.of("threshold", command.threshold(), "goes with the trigger P_ALIVE_BELOW and only with it"));
        }
        boolean needsProgramme = trigger == JourneyTrigger.TIER_WILL_DROP || trigger == JourneyTrigger.POINTS_EXPIRING;
        if (needsProgramme != (command.programmeId() != null)) {
            problems.add(Violation.of("programmeId", command.programmeId(), "goes with the triggers TIER_WILL_DROP and POINTS_EXPIRING and only"
                    + " with them"));
        }
        if (trigger == JourneyTrigger.POINTS_EXPIRING && command.days() > MAX_EXPIRY_DAYS) {
            problems.add(Violation.of("days", command.days(), "must be at most " + MAX_EXPIRY_DAYS + " for POINTS_EXPIRING: the balance shows"
                    + " the points expiring in the next " + MAX_EXPIRY_DAYS + " days"));
        }
        if (work.channels.find(command.channel()).isEmpty()) {
            problems.add(Violation.of("channel", command.channel(), "is not a message channel of this Crm; use one of " + work.channels.names()));
        }
        ValidationException.throwIfAny("DefineJourney", problems);
        return work.transactions.inTransaction(() -> {
            // defining again keeps the first definition's time: first purchases due since then stay due
            Instant definedAt = work.ports.journeys().find(command.tenantId(), command.journeyId()).map(Journey::definedAt).orElse(work.now());
            Journey journey = new Journey(command.tenantId(), command.journeyId(), trigger, command.days(), command.threshold(),
                    command.programmeId(), command.channel(), command.content(), command.couponTemplateId(), command.windowDays(), definedAt);
            if (trigger == JourneyTrigger.POINTS_EXPIRING && work.ports.loyalty().programme(command.tenantId(), command.programmeId()).isEmpty()) {
                throw new NotFoundException("programme", command.tenantId(), command.programmeId().value());
            }
            if (trigger == JourneyTrigger.TIER_WILL_DROP && work.ports.tiers().ladder(command.tenantId(), command.programmeId()).isEmpty()) {
                throw new NotFoundException("tier ladder", command.tenantId(), command.programmeId().value());
            }
            if (command.couponTemplateId() != null && work.ports.coupons().template(command.tenantId(), command.couponTemplateId()).isEmpty()) {
                throw new NotFoundException("coupon template", command.tenantId(), command.couponTemplateId());
            }
            work.ports.journeys().save(journey);
            return journey;
        });
    }
}
