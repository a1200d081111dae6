package org.crmkit.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.LifecycleAutomation;
import org.crmkit.customer.ScoredCustomer;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.Shards;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseBook;
import org.crmkit.value.history.PurchaseEntry;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.history.RefundEntry;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.CustomerValues;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueScoring;
import org.crmkit.value.scoring.WinBackCandidate;

/**
 * The customer-value context's public API: the purchase history that every value figure is
 * computed from, and the figures. A platform records purchases, refunds and cancellations through
 * {@code crm.commerce()}, which applies each to every context (this history, points, growth value,
 * lifecycle, timeline) in one unit of work; {@link #recordPurchase}, {@link #recordRefund} and
 * {@link #cancelOrder} are the history's own part of that, for hosts that use the value context
 * alone. Thread-safe.
 *
 * @since 0.1
 */
public final class ValueService {

    private static final int PAGE = 1000;

    private final Purchases purchases;
    private final TransactionRunner transactions;
    private final TransactionRunner laggingReads;
    private final CommandValidator validator;
    private final PurchaseBook book;
    private final CustomerValues values;
    private final LifecycleAutomation lifecycle;
    private final ChurnAnalysis churn;
    private final CustomerRepository customers;
    private final Clock clock;
    private final ZoneId zone;

    /** Wires the service to its ports, every read on {@code transactions}; {@code Crm.builder()} wires it for you. */
    public ValueService(Purchases purchases, CustomerValues values, CustomerRepository customers, LifecycleAutomation lifecycle,
            TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this(purchases, values, customers, lifecycle, transactions, transactions, events, validator, clock, ids, zone);
    }

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you.
     *
     * @param laggingReads runs the reads that may lag behind the writes (a scoring run's read of the
     *     purchase history, {@link #forEachPurchase} and the churn reports), e.g. on a read replica;
     *     see {@link org.crmkit.spi.CrmStorage#laggingReads()}
     * @since 0.2
     */
    public ValueService(Purchases purchases, CustomerValues values, CustomerRepository customers, LifecycleAutomation lifecycle,
            TransactionRunner transactions, TransactionRunner laggingReads, EventPublisher events, CommandValidator validator, Clock clock,
            IdGenerator ids, ZoneId zone) {
        this.purchases = checkNotNull(purchases, "purchases");
        this.transactions = checkNotNull(transactions, "transactions");
        this.laggingReads = checkNotNull(laggingReads, "laggingReads");
        this.validator = checkNotNull(validator, "validator");
        this.book = new PurchaseBook(purchases, checkNotNull(customers, "customers"), transactions, checkNotNull(events, "events"),
                checkNotNull(clock, "clock"), checkNotNull(ids, "ids"));
        this.values = checkNotNull(values, "values");
        this.lifecycle = checkNotNull(lifecycle, "lifecycle");
        this.churn = new ChurnAnalysis(customers, laggingReads);
        this.customers = customers;
        this.clock = clock;
        this.zone = checkNotNull(zone, "zone");
    }

    /**
     * Records a paid order in the purchase history and updates the customer's totals; nothing
     * else. Use {@code crm.commerce().recordPurchase} to apply it to every context. Recording the
     * same order again returns it with {@link PurchaseEntry#replay()} true and changes nothing.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command: a negative or future
     *     payment, items not adding up to what was paid, another currency than the customer's
     *     earlier purchases
     * @throws org.crmkit.shared.NotFoundException for an unknown customer in the tenant
     * @throws org.crmkit.shared.ConflictException if the order id was recorded with other details
     */
    public PurchaseEntry recordPurchase(RecordPurchase command) {
        return ServiceCalls.call(() -> book.record(validator.check(command)));
    }

    /**
     * Records a refund of a purchase in the history and lowers the customer's net total; nothing
     * else. Use {@code crm.commerce().recordRefund} to apply it to every context. Replaying a
     * refund id changes nothing and returns the amount first recorded.
     *
     * @throws org.crmkit.shared.NotFoundException if the order is not this customer's purchase
     * @throws org.crmkit.shared.RuleViolationException if more would be refunded than is left
     * @throws org.crmkit.shared.ConflictException if the refund id was used for another order
     */
    public RefundEntry recordRefund(RecordRefund command) {
        return ServiceCalls.call(() -> book.refund(validator.check(command)));
    }

    /**
     * Records the cancellation of a purchase in the history: a refund of everything left
     * unrefunded, under the refund id {@link CancelOrder#refundId()}. Cancelling again is a replay.
     *
     * @throws org.crmkit.shared.NotFoundException if the order is not this customer's purchase
     * @throws org.crmkit.shared.RuleViolationException if nothing is left unrefunded and the order
     *     was not cancelled before
     */
    public RefundEntry cancelOrder(CancelOrder command) {
        return ServiceCalls.call(() -> book.cancel(validator.check(command)));
    }

    /** A customer's purchase totals, or empty if the customer has not bought. */
    public Optional<PurchaseSummary> summary(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return transactions.inTransaction(() -> purchases.summary(tenantId, customerId));
        });
    }

    /** A recorded purchase by order id. */
    public Optional<Purchase> purchase(TenantId tenantId, String orderId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            TextRules.checkStorable("purchase", "orderId", checkNotNull(orderId, "orderId"));
            return transactions.inTransaction(() -> purchases.find(tenantId, orderId));
        });
    }

    /** A customer's purchases, newest first, a page at a time. */
    public Page<Purchase> purchases(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            checkNotNull(request, "request");
            return transactions.inTransaction(() -> purchases.ofCustomer(tenantId, customerId, request));
        });
    }

    /**
     * Streams every purchase of the tenant's customers in shard {@code shard} of {@code shards}
     * (by customer) to {@code sink}, a page per unit of work, never holding more than a page in
     * memory. A customer's purchases arrive together, customers in id order. Reads that may lag: on
     * a read replica when the storage has one, unless called inside a unit of work.
     *
     * @return the number of purchases streamed
     */
    public long forEachPurchase(TenantId tenantId, int shard, int shards, Consumer<Purchase> sink) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(sink, "sink");
            Shards.check(shard, shards);
            long[] streamed = new long[1];
            Page.forEach(request -> laggingReads.inTransaction(() -> purchases.all(tenantId, request)), PAGE, p -> {
                if (p.customerId().inShard(shard, shards)) {
                    ServiceCalls.outside(() -> sink.accept(p));
                    streamed[0]++;
                }
            });
            return streamed[0];
        });
    }

    /**
     * Scores every customer of the tenant who has bought on or before the observation end: RFM
     * quintiles and segment, P(alive), expected purchases and CLV from a purchase model (Pareto/NBD
     * unless {@link ScoreCustomers#purchaseModel()} chooses BG/NBD, MBG/NBD or AUTO) and Gamma-Gamma,
     * fitted on the tenant's history (weeks as days / 7, purchases on one day in the
     * tenant's zone counting once, refunds netted, fully refunded orders left out), and the value
     * pyramid level. Replaces each scored customer's earlier {@link CustomerValue}. When the models
     * cannot be fitted (too few customers or repeat buyers) the values carry no prediction, the
     * pyramid ranks by net spend and the report says why. Each scored customer's lifecycle stage
     * then moves as the lifecycle policy decides from their P(alive) and their days without a
     * purchase (e.g. at risk, churned), each move recorded with its reason. Memory: a few dozen
     * bytes per customer. The store counts each customer's purchase days itself ({@link
     * Purchases#purchaseDays}, a SQL aggregate on a database, run on the workers on Citus), so a
     * scoring run reads one row per customer rather than one per purchase; the models are fitted on
     * the distinct (x, t_x, T) histories, each weighted by how many customers share it.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command or an observation end after now
     */
    public ScoringReport score(ScoreCustomers command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            Instant now = clock.instant();
            Instant asOf = command.asOf() == null ? now : command.asOf();
            if (asOf.isAfter(now)) {
                throw new ValidationException("ScoreCustomers", List.of(Violation.of("asOf", asOf, "must not be after the current time " + now)));
            }
            return ValueScoring.run(command, asOf, zone, () -> purchaseDays(command.tenantId(), asOf), (page, lastPurchases) ->
                    transactions.run(() -> {
                        values.saveAll(page);
                        List<ScoredCustomer> scored = new ArrayList<>(page.size());
                        for (int k = 0; k < page.size(); k++) {
                            CustomerValue v = page.get(k);
                            scored.add(new ScoredCustomer(v.customerId(), lastPurchases.get(k),
                                    v.prediction().map(p -> OptionalDouble.of(p.pAlive())).orElse(OptionalDouble.empty())));
                        }
                        lifecycle.afterScoring(command.tenantId(), scored, asOf);
                    }));
        });
    }

    /** The tenant's repeat-purchase summary as of {@code asOf}, counted by the store a page of customers at a time. */
    private RepeatPurchaseSummary purchaseDays(TenantId tenantId, Instant asOf) {
        PurchaseDayColumns columns = new PurchaseDayColumns();
        Page.forEach(request -> laggingReads.inTransaction(() -> purchases.purchaseDays(tenantId, asOf, zone, request)), PAGE, columns);
        return columns.summary(ValueScoring.window(asOf, zone));
    }

    /** A customer's value from the latest scoring run, if scored. */
    public Optional<CustomerValue> value(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return transactions.inTransaction(() -> values.find(tenantId, customerId));
        });
    }

    /** Every scored customer's latest value, in customer id order, a page at a time. */
    public Page<CustomerValue> values(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(request, "request");
            return transactions.inTransaction(() -> values.page(tenantId, request));
        });
    }

    /**
     * Churn over the period {@code [from, until)} in the tenant's zone: of the customers who bought
     * in the look-back window of the same length just before {@code from}, those who did not buy
     * in the period, by {@code dimension}. Reads the purchase history once.
     *
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public ChurnReport churn(TenantId tenantId, LocalDate from, LocalDate until, ChurnDimension dimension) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(dimension, "dimension");
            Limits.checkDate("churn", "from", checkNotNull(from, "from"));
            Limits.checkDate("churn", "until", checkNotNull(until, "until"));
            checkArgument(from.isBefore(until), "until %s must be after from %s", until, from);
            return churn.run(tenantId, from, until, dimension, zone, sink -> forEachPurchase(tenantId, 0, 1, sink));
        });
    }

    /**
     * Churn as the seeds count it, month by month from {@code first} to {@code last}: for each
     * month, of the customers who bought in the {@code windowMonths} months before the window
     * ending with that month, the share who bought nothing in the window; see {@link ChurnTrend}.
     * With {@code windowMonths} 12 each point is the yearly customer loss rate (the seeds' 10-30%)
     * as of that month's end. Months are the tenant's zone's; fully refunded orders do not count.
     * Reads the purchase history once.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}, the trend spans more
     *     than 240 months, or the window is not 1 to 24 months
     * @since 0.2
     */
    public ChurnTrend churnTrend(TenantId tenantId, YearMonth first, YearMonth last, int windowMonths) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(first, "first");
            checkNotNull(last, "last");
            checkArgument(!last.isBefore(first), "last %s must not be before first %s", last, first);
            checkArgument(first.until(last, java.time.temporal.ChronoUnit.MONTHS) < 240, "a trend spans at most 240 months but %s to %s is longer",
                    first, last);
            checkArgument(windowMonths >= 1 && windowMonths <= 24, "windowMonths must be 1 to 24 but was %s", windowMonths);
            Limits.checkDate("churnTrend", "first", first.atDay(1));
            Limits.checkDate("churnTrend", "last", last.atEndOfMonth());
            return churn.trend(first, last, windowMonths, zone, sink -> forEachPurchase(tenantId, 0, 1, sink));
        });
    }

    /**
     * The {@code limit} customers of the latest scoring run whose P(alive) is below
     * {@code pAliveBelow}, most spent first (ties: higher CLV first): whom to win back first.
     */
    public List<WinBackCandidate> winBackList(TenantId tenantId, double pAliveBelow, int limit) {
        return ServiceCalls.call(() -> {
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
        });
    }

    /**
     * Hands {@code sink} a suggestion for every scored customer whose P(alive) band suggests
     * another lifecycle stage than the current one (erased customers excluded).
     *
     * @return the number of suggestions
     */
    public long suggestStages(TenantId tenantId, ChurnBands bands, Consumer<StageSuggestion> sink) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(bands, "bands");
            checkNotNull(sink, "sink");
            long[] count = new long[1];
            forEachValue(tenantId, v -> v.prediction().ifPresent(p -> bands.stageFor(p.pAlive()).ifPresent(stage ->
                    transactions.inTransaction(() -> customers.find(tenantId, v.customerId()))
                            .filter(c -> c.erasedAt() == null && c.stage() != stage)
                            .ifPresent(c -> {
                                ServiceCalls.outside(() -> sink.accept(new StageSuggestion(c.id(), c.stage(), stage, p.pAlive())));
                                count[0]++;
                            }))));
            return count[0];
        });
    }

    private void forEachValue(TenantId tenantId, Consumer<CustomerValue> sink) {
        Page.forEach(request -> values(tenantId, request), PAGE, sink);
    }
}
