package org.crmkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.segment.spi.Criterion;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.Shards;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierService;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.CustomerValues;

/**
 * The segment context's public API (客户细分): evaluate a segment for one customer, with an
 * explanation, and stream or count its members. Erased customers are never members. Criteria see
 * the facts of {@link CustomerFacts}, read a page of customers per unit of work. Thread-safe.
 *
 * @since 0.1
 */
public final class SegmentService {

    private static final int PAGE = 500;

    private final CustomerRepository customers;
    private final Purchases purchases;
    private final CustomerValues values;
    private final TierService tiers;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you, giving it the
     * storage's {@link org.crmkit.spi.CrmStorage#laggingReads()} as {@code transactions}: every
     * read of a segment may lag behind the writes (on a read replica when the storage has one)
     * unless it runs inside a unit of work already open.
     */
    public SegmentService(CustomerRepository customers, Purchases purchases, CustomerValues values, TierService tiers,
            TransactionRunner transactions, Clock clock, ZoneId zone) {
        this.customers = checkNotNull(customers, "customers");
        this.purchases = checkNotNull(purchases, "purchases");
        this.values = checkNotNull(values, "values");
        this.tiers = checkNotNull(tiers, "tiers");
        this.transactions = checkNotNull(transactions, "transactions");
        this.clock = checkNotNull(clock, "clock");
        this.zone = checkNotNull(zone, "zone");
    }

    /**
     * A sales report (the seeds' spend by place and by category; OLAP-style reports): revenue,
     * orders, customers and average order value by month, region, category, payment method, tier
     * and channel, as the query asks, with its drill-down filter and segment. One pass over the
     * purchase history, a page per unit of work; a customer's profile, segment membership and
     * tier are read once per customer (the tier once per purchase day). Export the result with
     * {@link SalesReport#toCsv()} or {@link SalesReport#toJson()}.
     *
     * @throws org.crmkit.shared.ValidationException if a day of the query is outside the years crmkit stores
     */
    public SalesReport sales(SalesQuery query) {
        return ServiceCalls.call(() -> {
            checkNotNull(query, "query");
            org.crmkit.shared.Limits.checkDate("sales", "from", query.from());
            org.crmkit.shared.Limits.checkDate("sales", "until", query.until());
            Segment segment = query.segment();
            return new SalesCube(query, zone, customers, tiers,
                    who -> segment == null || transactions.inTransaction(() -> customers.find(query.tenantId(), who).isPresent()
                            && matches(query.tenantId(), who, segment)), transactions).run(purchases);
        });
    }

    /**
     * True if the customer is in the segment today.
     *
     * @throws NotFoundException for an unknown customer in the tenant
     */
    public boolean matches(TenantId tenantId, CustomerId customerId, Segment segment) {
        return ServiceCalls.call(() -> {
            CustomerFacts facts = factsOf(tenantId, customerId, segment);
            return facts.customer().erasedAt() == null && segment.criterion().test(facts);
        });
    }

    /**
     * Each criterion's verdict for the customer, nested as the criteria are.
     *
     * @throws NotFoundException for an unknown customer in the tenant
     */
    public Explanation explain(TenantId tenantId, CustomerId customerId, Segment segment) {
        return ServiceCalls.call(() -> explain(segment.criterion(), factsOf(tenantId, customerId, segment)));
    }

    /**
     * Hands every member of shard {@code shard} of {@code shards} (by customer id) to {@code sink},
     * in customer id order, never holding more than a page of customers in memory.
     *
     * @return the number of members
     */
    public long forEachMember(TenantId tenantId, Segment segment, int shard, int shards, Consumer<CustomerId> sink) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(segment, "segment");
            checkNotNull(sink, "sink");
            Shards.check(shard, shards);
            LocalDate today = LocalDate.now(clock.withZone(zone));
            long members = 0;
            PageRequest request = PageRequest.first(PAGE);
            while (true) {
                PageRequest current = request;
                Page<Customer> page = transactions.inTransaction(() -> customers.page(tenantId, current));
                List<Customer> candidates = page.items().stream().filter(c -> c.erasedAt() == null && c.id().inShard(shard, shards)).toList();
                List<CustomerId> found = transactions.inTransaction(() -> members(tenantId, candidates, segment, today));
                found.forEach(id -> ServiceCalls.outside(() -> sink.accept(id)));
                members += found.size();
                if (page.nextCursor().isEmpty()) {
                    return members;
                }
                request = PageRequest.after(page.nextCursor().get(), PAGE);
            }
        });
    }

    /** Which of a page of customers are in the segment: their totals, scores and tiers read once each for the page. */
    private List<CustomerId> members(TenantId tenantId, List<Customer> page, Segment segment, LocalDate today) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<CustomerId> ids = page.stream().map(Customer::id).toList();
        Map<CustomerId, PurchaseSummary> totals = purchases.summariesOf(tenantId, ids);
        Map<CustomerId, CustomerValue> scores = values.findAll(tenantId, ids);
        Map<CustomerId, Tier> tierOf = tiers.currentTiers(tenantId, ids, segment.tierProgramme());
        return page.stream().filter(c -> segment.criterion().test(new CustomerFacts(c, Optional.ofNullable(totals.get(c.id())),
                Optional.ofNullable(scores.get(c.id())), Optional.ofNullable(tierOf.get(c.id())).map(Tier::code), today, zone)))
                .map(Customer::id).toList();
    }

    /** The number of members of the segment today. */
    public long count(TenantId tenantId, Segment segment) {
        return ServiceCalls.call(() -> forEachMember(tenantId, segment, 0, 1, id -> {}));
    }

    private CustomerFacts factsOf(TenantId tenantId, CustomerId customerId, Segment segment) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(segment, "segment");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return transactions.inTransaction(() -> facts(customers.find(tenantId, customerId)
                .orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value())), segment, today));
    }

    private CustomerFacts facts(Customer c, Segment segment, LocalDate today) {
        return new CustomerFacts(c, purchases.summary(c.tenantId(), c.id()), values.find(c.tenantId(), c.id()),
                tiers.currentTier(c.tenantId(), c.id(), segment.tierProgramme()).map(Tier::code), today, zone);
    }

    private static Explanation explain(Criterion criterion, CustomerFacts facts) {
        List<Explanation> parts = criterion instanceof Composite composite
                ? composite.parts().stream().map(part -> explain(part, facts)).toList()
                : List.of();
        return new Explanation(criterion.describe(), criterion.test(facts), parts);
    }
}
