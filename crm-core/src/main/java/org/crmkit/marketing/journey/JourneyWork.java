package org.crmkit.marketing.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.crmkit.marketing.MessageChannels;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/** What every journey use case shares. */
final class JourneyWork {

    final JourneyPorts ports;
    final MessageChannels channels;
    final TransactionRunner transactions;
    final CommandValidator validator;
    final ZoneId zone;
    private final EventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;

    JourneyWork(JourneyPorts ports, MessageChannels channels, TransactionRunner transactions, EventPublisher events, CommandValidator validator,
            Clock clock, IdGenerator ids, ZoneId zone) {
        this.ports = ports;
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

    Journey journey(TenantId tenantId, String journeyId) {
        return ports.journeys().find(tenantId, journeyId).orElseThrow(() -> new NotFoundException("journey", tenantId, journeyId));
    }
}
