package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/** What every survey use case works with: the port, customers, loyalty, time and ids. */
final class SurveyPorts {

    final SurveyBook book;
    final CustomerRepository customers;
    final LoyaltyService loyalty;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final IdGenerator ids;

    SurveyPorts(SurveyBook book, CustomerRepository customers, LoyaltyService loyalty, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids) {
        this.book = checkNotNull(book, "book");
        this.customers = checkNotNull(customers, "customers");
        this.loyalty = checkNotNull(loyalty, "loyalty");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.ids = checkNotNull(ids, "ids");
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    void requireCustomer(TenantId tenantId, CustomerId customerId) {
        customers.requireExists(tenantId, customerId);
    }

    Survey survey(TenantId tenantId, String code) {
        return book.survey(tenantId, code).orElseThrow(() -> new NotFoundException("survey", tenantId, code));
    }
}
