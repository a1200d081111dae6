package org.crmkit.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.Shards;
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
    private final CustomerValues values;
    private final ValueScoring scoring;
    private final ChurnAnalysis churn;
    private final CustomerRepository customers;
    private final Clock clock;
    private final ZoneId zone;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public ValueService(Purchases purchases, CustomerValues values, CustomerRepository customers, LoyaltyService loyalty,
            TierService tiers, TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock, ZoneId zone) {
        this.purchases = checkNotNull(purchases, "purchases");
        this.transactions = checkNotNull(transactions, "transactions");
        this.validator = checkNotNull(validator, "validator");
        this.book = new PurchaseBook(purchases, checkNotNull(customers, "customers"), checkNotNull(loyalty, "loyalty"),
                checkNotNull(tiers, "tiers"), transactions, checkNotNull(events, "events"), checkNotNull(clock, "clock"));
        this.values = checkNotNull(values, "values");
        this.scoring = new ValueScoring(values, transactions);
        this.churn = new ChurnAnalysis(customers, transactions);
        this.customers = customers;
        this.clock = clock;
        this.zone = checkNotNull(zone, "zone");
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
        Shards.check(shard, shards);
        long[] streamed = new long[1];
        Page.forEach(request -> transactions.inTransaction(() -> purchases.all(tenantId, request)), PAGE, p -> {
            if (p.customerId().inShard(shard, shards)) {
                sink.accept(p);
                streamed[0]++;
            }
        });
        return streamed[0];
    }

    /**
     * Scores every customer of the tenant who has bought on or before the observation end: RFM
     * quintiles and segment, P(alive), expected purchases and CLV from BG/NBD and Gamma-Gamma
     * models fitted on the tenant's history (weeks as days / 7, purchases on one day in the
     * tenant's zone counting once, refunds netted, fully refunded orders left out), and the value
     * pyramid level. Replaces each scored customer's earlier {@link CustomerValue}. When the models
     * cannot be fitted (too few customers or repeat buyers) the values carry no prediction, the
     * pyramid ranks by net spend and the report says why. Memory: a few dozen bytes per customer.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command or an observation end after now
     */
    public ScoringReport score(ScoreCustomers command) {
        validator.check(command);
        Instant now = clock.instant();
        Instant asOf = command.asOf() == null ? now : command.asOf();
        if (asOf.isAfter(now)) {
            throw new org.crmkit.shared.ValidationException("ScoreCustomers", java.util.List.of(org.crmkit.shared.Violation.of("asOf",
                    asOf, "must not be after the current time " + now)));
        }
        return scoring.run(command, asOf, zone, sink -> forEachPurchase(command.tenantId(), 0, 1, sink));
    }

    /** A customer's value from the latest scoring run, if scored. */
    public Optional<CustomerValue> value(TenantId tenantId, CustomerId customerId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        return transactions.inTransaction(() -> values.find(tenantId, customerId));
    }

    /** Every scored customer's latest value, in customer id order, a page at a time. */
    public Page<CustomerValue> values(TenantId tenantId, PageRequest request) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(request, "request");
        return transactions.inTransaction(() -> values.page(tenantId, request));
    }

    /**
     * Churn over the period {@code [from, until)} in the tenant's zone: of the customers who bought
     * in the look-back window of the same length just before {@code from}, those who did not buy
     * in the period, by {@code dimension}. Reads the purchase history once.
     *
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public ChurnReport churn(TenantId tenantId, LocalDate from, LocalDate until, ChurnDimension dimension) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(dimension, "dimension");
        checkArgument(from.isBefore(until), "until %s must be after from %s", until, from);
        return churn.run(tenantId, from, until, dimension, zone, sink -> forEachPurchase(tenantId, 0, 1, sink));
    }

    /**
     * The {@code limit} customers of the latest scoring run whose P(alive) is below
     * {@code pAliveBelow}, most spent first (ties: higher CLV first): whom to win back first.
     */
    public List<WinBackCandidate> winBackList(TenantId tenantId, double pAliveBelow, int limit) {
        checkNotNull(tenantId, "tenantId");
        checkArgument(pAliveBelow > 0 && pAliveBelow <= 1, "pAliveBelow must be in (0, 1] but was %s", pAliveBelow);
        checkArgument(limit >= 1 && limit <= 10_000, "limit must be 1 to 10000 but was %s", limit);
        Comparator<WinBackCandidate> worth = Comparator.comparing(WinBackCandidate::spent).thenComparing(WinBackCandidate::clv)
                .thenComparing(c -> c.customerId().value(), Comparator.reverseOrder());
        PriorityQueue<WinBackCandidate> top = new PriorityQueue<>(worth);
        forEachValue(tenantId, v -> v.prediction().filter(p -> p.pAlive() < pAliveBelow).ifPresent(p -> {
            top.add(new WinBackCandidate(v.customerId(), p.pAlive(), v.rfm().monetary(), p.clv(), v.rfm().segment()));
            if (top.size() > limit) {
                top.poll();
            }
        }));
        List<WinBackCandidate> list = new ArrayList<>(top);
        list.sort(worth.reversed());
        return list;
    }

    /**
     * Hands {@code sink} a suggestion for every scored customer whose P(alive) band suggests
     * another lifecycle stage than the current one (erased customers excluded).
     *
     * @return the number of suggestions
     */
    public long suggestStages(TenantId tenantId, ChurnBands bands, Consumer<StageSuggestion> sink) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(bands, "bands");
        checkNotNull(sink, "sink");
        long[] count = new long[1];
        forEachValue(tenantId, v -> v.prediction().ifPresent(p -> bands.stageFor(p.pAlive()).ifPresent(stage ->
                transactions.inTransaction(() -> customers.find(tenantId, v.customerId()))
                        .filter(c -> c.erasedAt() == null && c.stage() != stage)
                        .ifPresent(c -> {
                            sink.accept(new StageSuggestion(c.id(), c.stage(), stage, p.pAlive()));
                            count[0]++;
                        }))));
        return count[0];
    }

    private void forEachValue(TenantId tenantId, Consumer<CustomerValue> sink) {
        Page.forEach(request -> values(tenantId, request), PAGE, sink);
    }
}
