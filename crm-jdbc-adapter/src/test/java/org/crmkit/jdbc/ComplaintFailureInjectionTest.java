package org.crmkit.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.complaint.AssignCase;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalateCase;
import org.crmkit.complaint.IllegalCaseTransitionException;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on the complaint commands and the SLA check ({@link FaultInjection} says how):
 * a failure at any statement or at the commit leaves the tenant's cases, audit lines, case numbers,
 * points ledger, timeline and outbox exactly as before, and a retry reaches the state an undisturbed
 * run reaches (ids and the tenant aside) and returns the same result. A resolution's goodwill
 * points go through the loyalty ledger in the case's unit of work, so they fail and retry with it.
 * Calling a command again once it applied does what its {@link FaultInjection.Replay} says: an
 * opening with a request key, a resolution, a rating and an NPS answer return their first result; a
 * second move to the same status and a second escalation to the same level are refused; a response
 * and an assignment carry no key, so they apply again (a client that lost their answer reads the
 * case before it retries). The SLA check is a batch job: a page that fails is checked again a case
 * at a time, so it may absorb a failure and answer; a case it checked it checked whole, and run
 * again it finds nothing left to do.
 */
class ComplaintFailureInjectionTest {

    private static final Instant START = Instant.parse("2025-06-02T02:00:00Z");
    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(List.of("crm_case", "crm_case_audit", "crm_case_counter",
            "crm_nps_response", "crm_points_account", "crm_points_lot", "crm_points_entry", "crm_points_receipt", "crm_timeline",
            "crm_customer"));

    /** What each scenario does: the setup, then the call under test, and what calling it again does. */
    enum Scenario {
        OPEN(s -> null, s -> s.crm.complaints().open(s.opening().withRequestKey("req-1")), FaultInjection.Replay.returnsFirstResult()),
        MOVE(Stage::open, s -> s.crm.complaints().move(MoveCase.to(s.tenant, s.caseId(), CaseStatus.ACKNOWLEDGED, "agent-wu")),
                FaultInjection.Replay.refusedWith(IllegalCaseTransitionException.class)),
        RESPOND(Stage::open, s -> s.crm.complaints().respond(new RecordResponse(s.tenant, s.caseId(), "agent-wu", "we are on it")),
                FaultInjection.Replay.appliesAgain()),
        ASSIGN(Stage::open, s -> s.crm.complaints().assign(new AssignCase(s.tenant, s.caseId(), "after-sales", "agent-wu", "lead-li",
                "parcel damage")), FaultInjection.Replay.appliesAgain()),
        ESCALATE(Stage::open, s -> s.crm.complaints().escalate(new EscalateCase(s.tenant, s.caseId(), 1, "escalations",
                "customer called twice", "lead-li")), FaultInjection.Replay.refusedWith(ValidationException.class)),
        RESOLVE_WITH_GOODWILL(Stage::inProgress, s -> s.crm.complaints().resolve(ResolveCase.of(s.tenant, s.caseId(),
                ResolutionOutcome.COMPENSATION, "sorry for the crushed parcel", "agent-wu").withGoodwill(500)),
                FaultInjection.Replay.returnsFirstResult()),
        RATE_LOW_AND_REOPEN(Stage::resolved, s -> s.crm.complaints().recordSatisfaction(new RecordSatisfaction(s.tenant, s.caseId(), 1,
                "still broken")), FaultInjection.Replay.returnsFirstResult()),
        RECORD_NPS(s -> null, s -> s.crm.complaints().recordNps(new RecordNps(s.tenant, s.customer, "nps-2025-q2", 9, "quick delivery")),
                FaultInjection.Replay.returnsFirstResult()),
        CHECK_SLAS(Stage::overdue, s -> s.crm.complaints().checkSlas(s.tenant, s.clock.instant(), 0, 1),
                FaultInjection.Replay.aBatchJob());

        final Function<Stage, Object> given;
        final Function<Stage, Object> when;
        final FaultInjection.Replay replay;

        Scenario(Function<Stage, Object> given, Function<Stage, Object> when, FaultInjection.Replay replay) {
            this.given = given;
            this.when = when;
            this.replay = replay;
        }
    }

    static final class Stage {
        final TenantId tenant = Tenants.fresh();
        final MutableClock clock = MutableClock.at(START);
        final Crm crm;
        final CustomerId customer;
        Case opened;

        Stage(JdbcStorage storage) {
            crm = Crm.builder().storage(storage).clock(clock).build();
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            customer = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Li Lei").build()).id();
        }

        OpenCase opening() {
            return OpenCase.of(tenant, customer, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "parcel arrived crushed");
        }

        Case open() {
            opened = crm.complaints().open(opening());
            return opened;
        }

        Case inProgress() {
            open();
            crm.complaints().move(MoveCase.to(tenant, opened.id(), CaseStatus.ACKNOWLEDGED, "agent-wu"));
            return crm.complaints().move(MoveCase.to(tenant, opened.id(), CaseStatus.IN_PROGRESS, "agent-wu"));
        }

        Case resolved() {
            inProgress();
            return crm.complaints().resolve(ResolveCase.of(tenant, opened.id(), ResolutionOutcome.REPLACEMENT, "a new parcel is on its way",
                    "agent-wu"));
        }

        /** An open case 25 hours on: past its 24-hour acknowledge target, so the check escalates it. */
        Case overdue() {
            open();
            clock.advance(Duration.ofHours(25));
            return opened;
        }

        org.crmkit.complaint.CaseId caseId() {
            return opened.id();
        }
    }

    static Stream<Arguments> scenariosOnEachDatabase() {
        return FaultInjection.onEachDatabase(Arrays.stream(Scenario.values()).map(scenario -> new FaultInjection.Operation<Stage>(
                "complaint " + scenario, storage -> {
                    Stage stage = new Stage(storage);
                    scenario.given.apply(stage);
                    return stage;
                }, scenario.when, s -> s.tenant, s -> List.of(s.customer), FaultInjection::maskedIds, scenario.replay)));
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_failure_at_any_statement_leaves_the_complaint_rows_as_before_and_a_retry_applies_the_command_once(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_command_applied(FailureStack stack, FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
