package org.crmkit.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.TierService;

/**
 * The customer-value context's public API: the purchase history that every value figure is
 * computed from. {@link #recordPurchase} is the one call a platform makes when a customer pays;
 * given a programme it also earns the purchase's points and feeds the tier metric, in the same
 * unit of work, so either all of it happens or none. Thread-safe.
 *
 * @since 0.1
 */
public final class ValueService {

    private static final int PAGE = 1000;

    private final Purchases purchases;
    private final TransactionRunner transactions;
    private final CommandValidator validator;
    private final PurchaseBook book;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public ValueService(Purchases purchases, CustomerRepository customers, LoyaltyService loyalty, TierService tiers,
            TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock) {
        this.purchases = checkNotNull(purchases, "purchases");
        this.transactions = checkNotNull(transactions, "transactions");
        this.validator = checkNotNull(validator, "validator");
        this.book = new PurchaseBook(purchases, checkNotNull(customers, "customers"), checkNotNull(loyalty, "loyalty"),
                checkNotNull(tiers, "tiers"), transactions, checkNotNull(events, "events"), checkNotNull(clock, "clock"));
    }

    /**
     * Records a paid order, updates the customer's totals and, if the command names a programme,
     * earns its points (when the programme is defined) and adds it to the tier metric (when the
     * programme has a ladder). Recording the same order again returns the first result with
     * {@link PurchaseReceipt#replay()} true.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command: a negative or future
     *     payment, items not adding up to what was paid, another currency than the customer's
     *     earlier purchases
     * @throws org.crmkit.shared.NotFoundException for an unknown customer in the tenant
     * @throws org.crmkit.shared.ConflictException if the order id was recorded with other details
     */
    public PurchaseReceipt recordPurchase(RecordPurchase command) {
        return book.record(validator.check(command));
    }

    /**
     * Records a refund of a purchase: lowers the customer's net total, reverses the points the
     * refunded part earned and lowers the tier metric. Replaying a refund id changes nothing.
     *
     * @throws org.crmkit.shared.NotFoundException if the order is not this customer's purchase
     * @throws org.crmkit.shared.RuleViolationException if more would be refunded than is left
     * @throws org.crmkit.shared.ConflictException if the refund id was used for another order
     */
    public PurchaseReceipt recordRefund(RecordRefund command) {
        return book.refund(validator.check(command));
    }

    /** A customer's purchase totals, or empty if the customer has not bought. */
    public Optional<PurchaseSummary> summary(TenantId tenantId, CustomerId customerId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        return transactions.inTransaction(() -> purchases.summary(tenantId, customerId));
    }

    /** A recorded purchase by order id. */
    public Optional<Purchase> purchase(TenantId tenantId, String orderId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(orderId, "orderId");
        return transactions.inTransaction(() -> purchases.find(tenantId, orderId));
    }

    /** A customer's purchases, newest first, a page at a time. */
    public Page<Purchase> purchases(TenantId tenantId, CustomerId customerId, PageRequest request) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(request, "request");
        return transactions.inTransaction(() -> purchases.ofCustomer(tenantId, customerId, request));
    }

    /**
     * Streams every purchase of the tenant's customers in shard {@code shard} of {@code shards}
     * (by customer) to {@code sink}, a page per unit of work, never holding more than a page in
     * memory. A customer's purchases arrive together, customers in id order.
     *
     * @return the number of purchases streamed
     */
    public long forEachPurchase(TenantId tenantId, int shard, int shards, Consumer<Purchase> sink) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(sink, "sink");
        checkArgument(shards >= 1, "shards must be >= 1 but was %s", shards);
        checkArgument(shard >= 0 && shard < shards, "shard must be within 0 and %s but was %s", shards - 1, shard);
        long streamed = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Purchase> page = transactions.inTransaction(() -> purchases.all(tenantId, current));
            for (Purchase p : page.items()) {
                if (Math.floorMod(p.customerId().value().hashCode(), shards) == shard) {
                    sink.accept(p);
                    streamed++;
                }
            }
            if (page.nextCursor().isEmpty()) {
                return streamed;
            }
            request = PageRequest.after(page.nextCursor().get(), PAGE);
        }
    }
}
