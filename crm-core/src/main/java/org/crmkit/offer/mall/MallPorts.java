package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.TierService;

/** What every mall use case works with: the ports, the loyalty and tier services, time and ids. */
final class MallPorts {

    final PointsMall mall;
    final CustomerRepository customers;
    final LoyaltyService loyalty;
    final TierService tiers;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final ZoneId zone;
    final IdGenerator ids;

    MallPorts(PointsMall mall, CustomerRepository customers, LoyaltyService loyalty, TierService tiers, TransactionRunner transactions,
            EventPublisher events, CommandValidator validator, Clock clock, ZoneId zone, IdGenerator ids) {
        this.mall = checkNotNull(mall, "mall");
        this.customers = checkNotNull(customers, "customers");
        this.loyalty = checkNotNull(loyalty, "loyalty");
        this.tiers = checkNotNull(tiers, "tiers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.zone = checkNotNull(zone, "zone");
        this.ids = checkNotNull(ids, "ids");
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The day {@code at} falls on in the tenant's zone. */
    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    LoyaltyProgramme programme(TenantId tenantId, ProgrammeId programmeId) {
        return loyalty.programme(tenantId, programmeId)
                .orElseThrow(() -> new NotFoundException("loyalty programme", tenantId, programmeId.value()));
    }

    void requireCustomer(TenantId tenantId, CustomerId customerId) {
        customers.requireExists(tenantId, customerId);
    }
}
