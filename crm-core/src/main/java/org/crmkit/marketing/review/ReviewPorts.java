package org.crmkit.marketing.review;

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
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.value.ValueService;

/** What every review use case works with: the port, the purchase history, loyalty, time and ids. */
final class ReviewPorts {

    final Reviews reviews;
    final CustomerRepository customers;
    final ValueService value;
    final LoyaltyService loyalty;
    final TransactionRunner transactions;
    final EventPublisher events;
    final CommandValidator validator;
    final Clock clock;
    final IdGenerator ids;

    ReviewPorts(Reviews reviews, CustomerRepository customers, ValueService value, LoyaltyService loyalty, TransactionRunner transactions,
            EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids) {
        this.reviews = checkNotNull(reviews, "reviews");
        this.customers = checkNotNull(customers, "customers");
        this.value = checkNotNull(value, "value");
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
}
