package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierEvent;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierService;
import org.crmkit.tier.TierStatus;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.TierPolicy;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tier suites share: a {@link Crm} over the storage under test with a movable clock
 * (standing at 2025-05-10 10:00 in Shanghai), a fresh tenant per test with JD's five-tier ladder
 * on the default programme and two customers, Li and Han, and helpers. It holds no tests itself.
 */
public abstract class TierFixture {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    protected static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    protected final MutableClock clock = MutableClock.at(shanghai("2025-05-10T10:00"));
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected TierService tiers;
    protected CustomerId li;
    protected CustomerId han;
    private final java.util.Map<String, Money> paidByOrder = new java.util.concurrent.ConcurrentHashMap<>();
    private int keys;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrmWithJdsLadderAndTwoCustomers() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        tiers = crm.tiers();
        li = register("Li Lei");
        han = register("Han Meimei");
        tiers.defineLadder(jdLadder(tenant));
    }

    /** JD's ladder: registered 0, bronze 1000, silver 3000, gold 10000, diamond 30000 growth value, JD's policy. */
    protected static TierLadder jdLadder(TenantId tenantId) {
        return jdLadder(tenantId, TierPolicies.jd());
    }

    /** JD's five tiers on growth value with another policy. */
    protected static TierLadder jdLadder(TenantId tenantId, TierPolicy policy) {
        return ladder(tenantId, QualifyingMetrics.growthValue(), policy, 0, 1000, 3000, 10000, 30000);
    }

    /** JD's five tiers and policy on another metric. */
    protected static TierLadder jdLadder(TenantId tenantId, QualifyingMetric metric) {
        return ladder(tenantId, metric, TierPolicies.jd(), 0, 1000, 3000, 10000, 30000);
    }

    /** JD's five tier codes, metric and policy with other thresholds, lowest first. */
    protected static TierLadder ladder(TenantId tenantId, long... thresholds) {
        return ladder(tenantId, QualifyingMetrics.growthValue(), TierPolicies.jd(), thresholds);
    }

    /** JD's five tier codes with other rules and thresholds, lowest first; purchases earn one growth per yuan. */
    protected static TierLadder ladder(TenantId tenantId, QualifyingMetric metric, TierPolicy policy, long... thresholds) {
        String[] codes = {"registered", "bronze", "silver", "gold", "diamond"};
        String[] names = {"注册会员", "铜牌会员", "银牌会员", "金牌会员", "钻石会员"};
        List<Tier> rungs = new java.util.ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
            rungs.add(Tier.of(codes[i], names[i], thresholds[i]));
        }
        return TierLadder.of(tenantId, PROGRAMME, rungs, metric, policy, SHANGHAI);
    }

    /** JD's policy with another schedule, retention and drop rule. */
    protected static TierPolicy policy(AssessmentSchedule schedule, Period retention, boolean atMostOneTier) {
        return TierPolicies.standard(schedule, retention, atMostOneTier);
    }

    protected CustomerId register(String name) {
        return register(tenant, name);
    }

    protected CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    /** A new idempotency key, unique within the test. */
    protected synchronized String key(String prefix) {
        return prefix + "-" + (++keys);
    }

    protected static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** The instant of a wall-clock time in Shanghai, e.g. {@code 2025-11-11T10:00}. */
    protected static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Puts the clock at a wall-clock time in Shanghai. */
    protected void at(String localDateTime) {
        clock.set(shanghai(localDateTime));
    }

    protected RecordTierPurchase purchase(CustomerId who, String orderId, String paid, Instant paidAt) {
        paidByOrder.putIfAbsent(orderId, cny(paid));
        return new RecordTierPurchase(tenant, who, PROGRAMME, "buy:" + orderId, orderId, cny(paid), paidAt);
    }

    /** A purchase paid now, under a new order id. */
    protected TierStatus buy(CustomerId who, String paid) {
        return tiers.recordPurchase(purchase(who, key("o"), paid, null));
    }

    protected TierStatus buy(CustomerId who, String orderId, String paid) {
        return tiers.recordPurchase(purchase(who, orderId, paid, null));
    }

    /** A refund now of an order bought through this fixture (its total is what was paid), else of an order of {@code refunded}. */
    protected TierStatus refund(CustomerId who, String orderId, String refunded, boolean fully) {
        return tiers.recordRefund(refundOf(who, orderId, refunded, fully, null));
    }

    protected RecordTierRefund refundOf(CustomerId who, String orderId, String refunded, boolean fully, Instant refundedAt) {
        return new RecordTierRefund(tenant, who, PROGRAMME, key("refund"), orderId, paidByOrder.getOrDefault(orderId, cny(refunded)),
                cny(refunded), fully, refundedAt);
    }

    protected TierStatus grow(CustomerId who, long points) {
        return tiers.grantGrowth(new GrantGrowth(tenant, who, PROGRAMME, key("growth"), points, "product review"));
    }

    protected TierStatus statusOf(CustomerId who) {
        return tiers.status(tenant, who, PROGRAMME);
    }

    /** The effective tier code now. */
    protected String tierOf(CustomerId who) {
        return statusOf(who).tier().code();
    }

    protected List<TierChange> historyOf(CustomerId who) {
        return tiers.history(tenant, who, PROGRAMME);
    }

    protected List<ChangeReason> reasonsOf(CustomerId who) {
        return historyOf(who).stream().map(TierChange::reason).toList();
    }

    /** Assesses every member of the tenant for {@code date}, as one shard. */
    protected AssessmentReport assess(String date) {
        return tiers.assess(tenant, PROGRAMME, LocalDate.parse(date), 0, 1, AssessmentListener.NONE);
    }

    /** Moves the clock to ten past midnight of {@code date} in Shanghai and assesses that day. */
    protected AssessmentReport assessOn(String date) {
        at(date + "T00:10");
        return assess(date);
    }

    /** Drains the shared outbox and keeps this tenant's tier events, oldest first. */
    protected List<TierEvent> drainTierEvents() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant).stream()
                .filter(TierEvent.class::isInstance).map(TierEvent.class::cast).toList();
    }

    /** Asserts each history line starts where the one before ended and sequences run 1, 2, 3... */
    protected static void assertChained(List<TierChange> history) {
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).sequence()).as("sequence of line %s in %s", i, history).isEqualTo(i + 1L);
            if (i > 0) {
                assertThat(history.get(i).from()).as("from of line %s in %s", i, history).isEqualTo(history.get(i - 1).to());
            }
        }
    }

    /** Runs {@code call}, expects a {@link ValidationException} and returns it. */
    protected static ValidationException validationErrorOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a ValidationException").isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** The fields a validation error lists. */
    protected static List<String> fieldsOf(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }
}
