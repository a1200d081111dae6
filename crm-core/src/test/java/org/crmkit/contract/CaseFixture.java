package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseEvent;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.ComplaintService;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the case suites share: a {@link Crm} over the storage under test with a movable clock
 * (standing at Monday 2026-03-02 10:00 in Shanghai), a notifier that keeps its notices, a fresh
 * tenant per test (round-the-clock SLA clocks in Shanghai unless a test defines a policy) with
 * two customers, Li and Han, and helpers. It holds no tests itself.
 */
public abstract class CaseFixture {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    protected static final String AGENT = "agent-wang";

    protected final MutableClock clock = MutableClock.at(shanghai("2026-03-02T10:00"));
    protected final TenantId tenant = Tenants.fresh();
    protected final List<CaseNotice> notices = new CopyOnWriteArrayList<>();
    /** Makes the notifier throw, to show a failing notifier undoes nothing. */
    protected volatile boolean notifierFails;
    protected Crm crm;
    protected ComplaintService complaints;
    protected CustomerId li;
    protected CustomerId han;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    /** Adds plug-ins to the builder; none by default. */
    protected Crm.Builder configure(Crm.Builder builder) {
        return builder;
    }

    @BeforeEach
    void buildCrmWithTwoCustomers() {
        crm = configure(Crm.builder().storage(storage()).clock(clock).notifier(notice -> {
            if (notifierFails) {
                throw new IllegalStateException("the SMS gateway is down");
            }
            notices.add(notice);
        })).build();
        complaints = crm.complaints();
        li = register(tenant, "Li Lei");
        han = register(tenant, "Han Meimei");
    }

    protected CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    /** Gives the tenant a two-tier ladder on the default programme and lifts {@code who} to gold. */
    protected void makeGold(CustomerId who) {
        if (crm.tiers().ladder(tenant, ProgrammeId.DEFAULT).isEmpty()) {
            crm.tiers().defineLadder(TierLadder.of(tenant, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "注册会员", 0),
                    Tier.of("gold", "金牌会员", 1_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));
        }
        crm.tiers().grantGrowth(new GrantGrowth(tenant, who, ProgrammeId.DEFAULT, "gold-" + who.value(), 2_000, "test"));
    }

    /** The tenant's policy now, for a test to change and define. */
    protected CasePolicy policy() {
        return complaints.policy(tenant);
    }

    /** A complaint about delivery from Li through the app. */
    protected OpenCase complaint() {
        return complaint(li);
    }

    protected OpenCase complaint(CustomerId who) {
        return OpenCase.of(tenant, who, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "parcel arrived crushed");
    }

    protected OpenCase request(CaseType type, String category) {
        return OpenCase.of(tenant, li, type, category, CaseChannel.PHONE, type + " about " + category);
    }

    protected Case open() {
        return complaints.open(complaint());
    }

    /** An inquiry from Li: unlike complaints, many of them never escalate at open. */
    protected Case openInquiry() {
        return complaints.open(request(CaseType.INQUIRY, "delivery"));
    }

    protected Case move(Case c, CaseStatus to) {
        return complaints.move(MoveCase.to(tenant, c.id(), to, AGENT).noting("moved to " + to));
    }

    /** Acknowledged and in progress. */
    protected Case inProgress(Case c) {
        return move(move(c, CaseStatus.ACKNOWLEDGED), CaseStatus.IN_PROGRESS);
    }

    protected ResolveCase resolution(Case c) {
        return ResolveCase.of(tenant, c.id(), ResolutionOutcome.EXPLANATION, "courier apologised; new parcel sent", AGENT);
    }

    protected Case resolve(Case c) {
        return complaints.resolve(resolution(c));
    }

    protected Case reload(Case c) {
        return complaints.find(tenant, c.id()).orElseThrow();
    }

    protected List<CaseAuditEntry> auditOf(Case c) {
        return complaints.audit(tenant, c.id());
    }

    protected SlaCheckReport checkSlas() {
        return complaints.checkSlas(tenant, clock.instant(), 0, 1);
    }

    /** Drains the shared outbox and keeps this tenant's events, oldest first. */
    protected List<DomainEvent> drainEvents() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant);
    }

    /** Drains the shared outbox and keeps this tenant's case events about {@code c}, oldest first. */
    protected List<CaseEvent> caseEventsOf(Case c) {
        return drainEvents().stream().filter(CaseEvent.class::isInstance).map(CaseEvent.class::cast)
                .filter(e -> e.caseId().equals(c.id())).toList();
    }

    /** The instant of a wall-clock time in Shanghai, e.g. {@code 2026-03-02T10:00}. */
    protected static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Puts the clock at a wall-clock time in Shanghai. */
    protected void at(String localDateTime) {
        clock.set(shanghai(localDateTime));
    }

    /** Runs {@code call}, expects a {@link ValidationException} and returns the fields it names. */
    protected static List<String> invalidFields(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a ValidationException").isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).violations().stream().map(Violation::field).toList();
    }
}
