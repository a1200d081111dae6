package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkit.Crm;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.OrderLine;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LoyaltyEvent;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the loyalty suites share: a {@link Crm} over the storage under test with a movable clock
 * (standing at 2025-06-01 10:03 in Shanghai), a fresh tenant per test with the default programme of
 * {@link ProgrammeBuilder} and two members, Li and Han, and helpers. It holds no tests itself.
 */
public abstract class LoyaltyFixture {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    protected final MutableClock clock = MutableClock.atSomeMoment();
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected LoyaltyService loyalty;
    protected LoyaltyProgramme programme;
    protected CustomerId li;
    protected CustomerId han;
    private int keys;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrmWithAProgrammeAndTwoMembers() {
        crm = crmWith(builder -> builder);
        loyalty = crm.loyalty();
        li = register("Li Lei");
        han = register("Han Meimei");
        define(aProgramme());
    }

    /** Another {@link Crm} over the same storage and clock, configured further by {@code config}. */
    protected Crm crmWith(UnaryOperator<Crm.Builder> config) {
        return config.apply(Crm.builder().storage(storage()).clock(clock)).build();
    }

    /** The default programme of this test's tenant, to change. */
    protected ProgrammeBuilder aProgramme() {
        return ProgrammeBuilder.aProgramme(tenant);
    }

    /** Defines (or redefines) the programme and makes it this test's {@code programme}. */
    protected LoyaltyProgramme define(ProgrammeBuilder builder) {
        programme = builder.build();
        loyalty.defineProgramme(programme);
        return programme;
    }

    protected CustomerId register(String name) {
        return crm.customers().register(RegisterCustomer.of(tenant, name, SourceChannel.APP)).id();
    }

    protected CustomerId registerBornOn(String name, LocalDate birthDate) {
        return crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(name)
                .demographics(new Demographics(birthDate, null, null, null, null)).build()).id();
    }

    /** A new idempotency key, unique within the test. */
    protected String key(String prefix) {
        return prefix + "-" + (++keys);
    }

    protected static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** The instant of a wall-clock time in Shanghai, e.g. {@code 2025-11-11T10:00}. */
    protected static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    protected PurchaseOrder order(CustomerId who, String orderId, String paid, OrderLine... lines) {
        return new PurchaseOrder(tenant, who, programme.id(), "purchase:" + orderId, orderId, cny(paid), null, List.of(lines));
    }

    protected PointsReceipt buy(CustomerId who, String orderId, String paid) {
        return loyalty.earnForPurchase(order(who, orderId, paid));
    }

    /** Goodwill points, available at once. */
    protected PointsReceipt grant(CustomerId who, long points) {
        return loyalty.grant(new GrantPoints(tenant, who, programme.id(), key("grant"), points, "goodwill", null, "agent-1"));
    }

    protected PointsReceipt hold(CustomerId who, long points) {
        return loyalty.hold(new HoldPoints(tenant, who, programme.id(), key("hold"), points, "order-" + keys, null, null));
    }

    protected PointsReceipt redeem(CustomerId who, long points) {
        return loyalty.redeem(new RedeemPoints(tenant, who, programme.id(), key("redeem"), points, "reward-mug"));
    }

    protected PointsReceipt refund(CustomerId who, String orderId, String total, String refunded) {
        return loyalty.refund(new RefundOrder(tenant, who, programme.id(), key("refund"), orderId, cny(total), cny(refunded)));
    }

    protected BalanceView balanceOf(CustomerId who) {
        return loyalty.balance(tenant, who, programme.id());
    }

    protected long availableOf(CustomerId who) {
        return balanceOf(who).available();
    }

    /** Every entry of the member's account, newest first, read page by page. */
    protected List<LedgerEntry> statementOf(CustomerId who) {
        List<LedgerEntry> all = new ArrayList<>();
        Page<LedgerEntry> page = loyalty.statement(tenant, who, programme.id(), PageRequest.first(50));
        all.addAll(page.items());
        while (page.hasNext()) {
            page = loyalty.statement(tenant, who, programme.id(), PageRequest.after(page.nextCursor().orElseThrow(), 50));
            all.addAll(page.items());
        }
        return all;
    }

    protected AccountRef accountOf(CustomerId who) {
        return programme.account(who);
    }

    /** The stored account row, read through the port without settling anything. */
    protected PointsAccount storedAccountOf(CustomerId who) {
        return storage().pointsLedger().find(accountOf(who)).orElseThrow();
    }

    /** Drains the shared outbox and keeps this tenant's loyalty events, oldest first. */
    protected List<LoyaltyEvent> drainLoyaltyEvents() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant).stream()
                .filter(LoyaltyEvent.class::isInstance).map(LoyaltyEvent.class::cast).toList();
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
